package no.planvakt.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The SOSI Plan object types Planvakt interprets, with the attribute that holds each type's code.
 * Kommuneplan ({@code Kp…}) and reguleringsplan ({@code Rp…}) share one model; the prefix is kept.
 */
public enum PlanObjectType {
    AREALFORMAL_OMRADE("ArealformålOmråde", "arealformål"),
    ANGITT_HENSYN_SONE("AngittHensynSone", "angittHensyn"),
    BANDLEGGING_SONE("BåndleggingSone", "båndlegging"),
    SIKRING_SONE("SikringSone", "sikring"),
    STOY_SONE("StøySone", "støy"),
    FARE_SONE("FareSone", "fare"),
    INFRASTRUKTUR_SONE("InfrastrukturSone", "infrastruktur"),
    GJENNOMFORING_SONE("GjennomføringSone", "gjennomføring"),
    DETALJERING_SONE("DetaljeringSone", "detaljering"),
    BESTEMMELSE_OMRADE("BestemmelseOmråde", null),
    PLAN_OMRADE("Område", null);

    private final String suffix;
    private final String codeAttribute;

    PlanObjectType(String suffix, String codeAttribute) {
        this.suffix = suffix;
        this.codeAttribute = codeAttribute;
    }

    /** Name without the Kp/Rp prefix, e.g. "ArealformålOmråde". */
    public String suffix() {
        return suffix;
    }

    /** SOSI attribute (without Kp/Rp prefix) that carries this type's code, or null. */
    public String codeAttribute() {
        return codeAttribute;
    }

    public boolean isZone() {
        return name().endsWith("_SONE");
    }

    /** "KpArealformålOmråde" for prefix "Kp". */
    public String sosiName(String prefix) {
        return prefix + suffix;
    }

    /** Recognises "KpArealformålOmråde", "RpArealformalOmrade", "kparealformalomrade", … */
    public static Optional<PlanObjectType> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = AttributeNames.fold(name);
        if (n.startsWith("kp") || n.startsWith("rp")) {
            n = n.substring(2);
        } else {
            return Optional.empty();
        }
        for (PlanObjectType t : values()) {
            if (AttributeNames.fold(t.suffix).equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String prefixOf(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return n.startsWith("rp") ? "Rp" : "Kp";
    }
}
