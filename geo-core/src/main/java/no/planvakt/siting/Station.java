package no.planvakt.siting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.planvakt.reference.ReferenceFeature;
import org.locationtech.jts.geom.Geometry;

/** An existing energy station and the carriers it offers ("lading", "hydrogen", …), sorted so output is stable. */
public record Station(String id, String name, Set<String> carriers, Geometry geometry) {
    public Station {
        carriers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(carriers));
    }

    /** Reads a station; the carrier attribute may list several carriers ("lading, hydrogen"). */
    public static Station of(ReferenceFeature f, String carrierAttribute) {
        Object v = f.attributes().get(carrierAttribute);
        Set<String> carriers = new TreeSet<>();
        if (v != null) {
            Arrays.stream(String.valueOf(v).split("[,;/]"))
                    .map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty())
                    .forEach(carriers::add);
        }
        Object name = f.attributes().get("navn");
        return new Station(f.id(), name == null ? f.id() : String.valueOf(name), carriers, f.geometry());
    }
}
