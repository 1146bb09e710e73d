package no.planvakt.result;

import java.util.Locale;

/** A planner's verdict on a finding. The finding stays as computed; the verdict is recorded beside it. */
public enum Verdict {
    ASSESSED("vurdert", "assessed"),
    FALSE_POSITIVE("falsk positiv", "false positive"),
    ACCEPTED_WITH_CHANGES("akseptert med endringer", "accepted with changes");

    private final String label;
    private final String english;

    Verdict(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The word in the Norwegian report. */
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** Reads ASSESSED / false_positive / …; null for an unknown word. */
    public static Verdict parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
