package no.planvakt.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planvakt.rule.RulePackException;

/**
 * What an area account counts, as the pack states it (the {@code accounts} field of an
 * {@code accounting} rule): the plan-code groups, the land-cover classes in priority order and
 * the extra layers ("themes") reported as "of which". A county edits these in its own pack; the
 * Buskerud pack ships the groups of KDD's guide "Arealregnskap i kommuneplan".
 *
 * @param groups         plan codes → group; {@code development} marks the groups whose framtidig,
 *                       not yet built area is the plan reserve
 * @param classes        land-cover classes, first class wins where layers overlap; what no class
 *                       covers is counted as "not classified", so the classes always sum to the plan area
 * @param themes         layers that overlap the classes (bog, farmland, above the forest line, large
 *                       nature areas, recreation, flood zones): reported as reserve "of which inside"
 * @param municipalities optional boundary layer that assigns objects of a county-wide plan to municipalities
 * @param names          municipality number → name, for the tables
 * @param regions        optional region → municipality numbers, for the county summary
 */
public record AccountSpec(
        @JsonProperty(required = true) List<Group> groups,
        @JsonProperty(required = true) List<LandCoverClass> classes,
        List<Theme> themes,
        Municipalities municipalities,
        Map<String, String> names,
        Map<String, List<String>> regions) {

    public AccountSpec {
        groups = List.copyOf(groups);
        classes = List.copyOf(classes);
        themes = themes == null ? List.of() : List.copyOf(themes);
        regions = regions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        names = names == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** A plan-code group, e.g. "Boligbebyggelse" = 1110. */
    public record Group(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) List<Integer> codes,
            Boolean development) {
        public Group {
            codes = List.copyOf(codes);
            development = Boolean.TRUE.equals(development);
        }
    }

    /**
     * A land-cover class: the features of {@code layer} that pass {@code filter}. {@code built}
     * classes are already built land: the part of a framtidig area on them is not reserve.
     */
    public record LandCoverClass(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String layer,
            String filter,
            Boolean built,
            String colour) {
        public LandCoverClass {
            built = Boolean.TRUE.equals(built);
        }
    }

    /** An extra layer reported as "of which inside" (overlapping the classes, not part of their sum). */
    public record Theme(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String layer,
            String filter) {}

    /** A boundary layer whose {@code attribute} holds the municipality number. */
    public record Municipalities(
            @JsonProperty(required = true) String layer,
            @JsonProperty(required = true) String attribute) {}

    /** Id of the class for land no class covers. */
    public static final String UNCLASSIFIED = "uklassifisert";
    /** Id of the group for plan codes no group names. */
    public static final String UNGROUPED = "uten_gruppe";

    /** Every layer the account reads, in order of first use. */
    public List<String> layers() {
        List<String> out = new ArrayList<>();
        classes.forEach(c -> add(out, c.layer()));
        themes.forEach(t -> add(out, t.layer()));
        if (municipalities != null) {
            add(out, municipalities.layer());
        }
        return out;
    }

    private static void add(List<String> out, String id) {
        if (!out.contains(id)) {
            out.add(id);
        }
    }

    /** The group of a plan code, if the pack names one. */
    public Optional<Group> groupOf(Integer code) {
        return code == null
                ? Optional.empty()
                : groups.stream().filter(g -> g.codes().contains(code)).findFirst();
    }

    /** The region a municipality number belongs to, if any. */
    public Optional<String> regionOf(String municipality) {
        return regions.entrySet().stream()
                .filter(e -> e.getValue().contains(municipality))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Checks ids and codes; {@code where} is "pack: rule X: field accounts". */
    public void validate(String where) {
        if (groups.isEmpty()) {
            throw new RulePackException(where + ".groups: at least one group is needed");
        }
        if (classes.isEmpty()) {
            throw new RulePackException(where + ".classes: at least one land-cover class is needed");
        }
        Set<String> ids = new HashSet<>(Set.of(UNCLASSIFIED, UNGROUPED));
        Map<Integer, String> codeGroup = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String at = where + ".groups[" + i + "] (" + g.id() + ")";
            unique(ids, g.id(), at);
            if (g.codes().isEmpty()) {
                throw new RulePackException(at + ".codes: a group needs at least one plan code");
            }
            for (Integer code : g.codes()) {
                String before = codeGroup.putIfAbsent(code, g.id());
                if (before != null) {
                    throw new RulePackException(at + ".codes: code " + code + " is already in group " + before
                            + " (a code belongs to one group, so that no area is counted twice)");
                }
            }
        }
        for (int i = 0; i < classes.size(); i++) {
            LandCoverClass c = classes.get(i);
            String at = where + ".classes[" + i + "] (" + c.id() + ")";
            unique(ids, c.id(), at);
            if (c.colour() != null && !c.colour().matches("#[0-9a-fA-F]{6}")) {
                throw new RulePackException(at + ".colour: \"" + c.colour() + "\" is not a colour like #2e7d32");
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            unique(
                    ids,
                    themes.get(i).id(),
                    where + ".themes[" + i + "] (" + themes.get(i).id() + ")");
        }
        Map<String, String> regionOf = new HashMap<>();
        regions.forEach((region, numbers) -> {
            for (String n : numbers) {
                String before = regionOf.putIfAbsent(n, region);
                if (before != null) {
                    throw new RulePackException(
                            where + ".regions." + region + ": municipality " + n + " is already in region " + before);
                }
            }
        });
    }

    private static void unique(Set<String> ids, String id, String at) {
        if (id == null || !id.matches("[a-z0-9_]+")) {
            throw new RulePackException(at + ".id: \"" + id
                    + "\" must be lower-case letters, digits and _ (it names table columns and map layers)");
        }
        if (!ids.add(id)) {
            throw new RulePackException(at + ".id: \"" + id + "\" is used twice (or is reserved)");
        }
    }
}
