package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvakt.result.ResultTable;
import no.planvakt.result.ResultTable.Column;
import no.planvakt.siting.Candidate;
import no.planvakt.siting.Gap;
import no.planvakt.siting.PlacedStation;
import no.planvakt.siting.Proposal;
import no.planvakt.siting.SitingOverview;
import no.planvakt.siting.StationPlacer;

/** The energy-station overview as tables: gaps, candidate sites by score, stations, and the proposed set. */
final class SitingTables {
    private SitingTables() {}

    static List<ResultTable> of(String ruleId, SitingOverview o, Map<Candidate, List<String>> proposedFor) {
        return List.of(gaps(ruleId, o), sites(ruleId, o, proposedFor), stations(ruleId, o), proposal(ruleId, o));
    }

    private static ResultTable gaps(String ruleId, SitingOverview o) {
        List<List<Object>> rows = new ArrayList<>();
        for (Gap g : o.gaps()) {
            rows.add(Arrays.asList(
                    g.section().corridor().road().toString(),
                    g.section().id(),
                    g.spacing().carrier(),
                    km(g.from()),
                    km(g.to()),
                    km(g.lengthM()),
                    km(g.spacingM()),
                    km(g.spacing().maxM()),
                    g.spacing().citation()));
        }
        return new ResultTable(
                ruleId + "-luker",
                ruleId,
                "Luker langs korridorene",
                List.of(
                        new Column("korridor", "Korridor", null),
                        new Column("strekning", "Strekning", null),
                        new Column("energi", "Energibærer", null),
                        new Column("fra_km", "Fra", "km"),
                        new Column("til_km", "Til", "km"),
                        new Column("lengde_km", "Luke i fylket", "km"),
                        new Column("avstand_km", "Avstand mellom stasjoner", "km"),
                        new Column("krav_km", "Største tillatte avstand", "km"),
                        new Column("kilde", "Kilde for kravet", null)),
                rows,
                "Målt langs korridorlinjen fra strekningens start. Fra/til under 0 eller over lengden ligger forbi fylkesgrensen; "
                        + "uten kjent stasjon der står en tenkt stasjon ved grensemarginen, så avstanden er en nedre grense.");
    }

    private static ResultTable sites(String ruleId, SitingOverview o, Map<Candidate, List<String>> proposedFor) {
        List<List<Object>> rows = new ArrayList<>();
        o.candidates().stream()
                .filter(c -> !c.access().isEmpty())
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score().total())
                        .thenComparing(Candidate::id))
                .forEach(c -> {
                    Candidate.Access a = c.access().get(0);
                    rows.add(Arrays.asList(
                            c.id(),
                            c.name(),
                            c.source(),
                            a.section().id(),
                            km(a.measure()),
                            round(a.distanceM()),
                            round(c.areaM2()),
                            points(c.score().traffic().value()),
                            points(c.score().grid().value()),
                            points(c.score().room().value()),
                            points(c.score().conflict().value()),
                            points(c.score().total()),
                            String.join(", ", proposedFor.getOrDefault(c, List.of()))));
                });
        return new ResultTable(
                ruleId + "-lokaliseringer",
                ruleId,
                "Mulige lokaliseringer etter poeng",
                List.of(
                        new Column("id", "Id", null),
                        new Column("navn", "Navn", null),
                        new Column("kilde", "Kilde", null),
                        new Column("strekning", "Korridor", null),
                        new Column("mal_km", "Ved", "km"),
                        new Column("avstand_m", "Til vegen", "m"),
                        new Column("areal_m2", "Areal", "m²"),
                        new Column("trafikk", "Trafikk", "av 100"),
                        new Column("nett", "Nett", "av 100"),
                        new Column("plass", "Plass", "av 100"),
                        new Column("konflikt", "Uten konflikt", "av 100"),
                        new Column("poeng", "Poeng", "av 100"),
                        new Column("foreslatt", "Foreslått for", null)),
                rows,
                "Poeng = vektet snitt av delene (vektene står i regelpakken), av 100; avstand til vegen langs vegnettet.");
    }

    private static ResultTable stations(String ruleId, SitingOverview o) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlacedStation p : o.placement().placed()) {
            rows.add(Arrays.asList(
                    p.station().id(),
                    p.station().name(),
                    String.join(", ", p.station().carriers()),
                    p.section().id(),
                    km(p.measure()),
                    round(p.offsetM()),
                    p.beyondEnd() ? "forbi fylkesgrensen" : "på korridoren"));
        }
        for (StationPlacer.NotPlaced n : o.placement().notPlaced()) {
            rows.add(Arrays.asList(
                    n.station().id(),
                    n.station().name(),
                    String.join(", ", n.station().carriers()),
                    n.nearestSection(),
                    null,
                    round(n.distanceM()),
                    "ikke plassert"));
        }
        return new ResultTable(
                ruleId + "-stasjoner",
                ruleId,
                "Eksisterende stasjoner",
                List.of(
                        new Column("id", "Id", null),
                        new Column("navn", "Navn", null),
                        new Column("energi", "Energibærer", null),
                        new Column("strekning", "Korridor", null),
                        new Column("mal_km", "Ved", "km"),
                        new Column("avstand_m", "Fra korridoren", "m"),
                        new Column("plassering", "Plassering", null)),
                rows,
                "Ingen stasjon er utelatt: de som ligger for langt fra alle korridorene står som «ikke plassert».");
    }

    private static ResultTable proposal(String ruleId, SitingOverview o) {
        List<List<Object>> rows = new ArrayList<>();
        for (Proposal.Result r : o.proposals()) {
            rows.add(Arrays.asList(
                    r.carrier(),
                    r.chosen().size(),
                    String.join(
                            ", ",
                            r.chosen().stream().map(c -> c.candidate().id()).toList()),
                    r.notClosable().size(),
                    r.solution().method(),
                    r.solution().optimal() ? "ja" : "nei",
                    r.sweepCount()));
        }
        return new ResultTable(
                ruleId + "-forslag",
                ruleId,
                "Foreslåtte nye stasjoner",
                List.of(
                        new Column("energi", "Energibærer", null),
                        new Column("antall", "Nye stasjoner", "stk"),
                        new Column("lokaliseringer", "Lokaliseringer", null),
                        new Column("ikke_lukkbare", "Luker som ikke kan lukkes", "stk"),
                        new Column("metode", "Løser", null),
                        new Column("optimal", "Bevist optimalt", null),
                        new Column("per_strekning", "Sum av eksakt sveip per luke", "stk")),
                rows,
                "Færrest mulig nye stasjoner, deretter høyest samlet poeng. Sveipen løser hver luke for seg; løseren ser nettet under ett, "
                        + "så den kan bruke én lokalisering for to korridorer.");
    }

    private static double km(double m) {
        return Math.round(m) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A part of the score, 0..1, as points of 100 with one decimal. */
    private static double points(double v) {
        return Math.round(v * 1000) / 10.0;
    }
}
