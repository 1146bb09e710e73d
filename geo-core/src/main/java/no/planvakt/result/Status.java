package no.planvakt.result;

/**
 * Traffic-light status of a finding, ordered from most to least severe. The words are the ones a
 * planner reads in the report; a finding is advice with evidence, not a verdict.
 */
public enum Status {
    RED("rød", "I strid med retningslinjen"),
    YELLOW("gul", "Må vurderes"),
    NOT_MAPPED("grå", "Ikke kartlagt her"),
    INFO("blå", "Til orientering"),
    GREEN("grønn", "Ingen konflikt funnet"),
    NOT_RELEVANT("–", "Ikke relevant");

    private final String colour;
    private final String label;

    Status(String colour, String label) {
        this.colour = colour;
        this.label = label;
    }

    public String colour() {
        return colour;
    }

    public String label() {
        return label;
    }

    /** The more severe of two statuses. */
    public Status worst(Status other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
