package no.planvakt.api.security;

import java.util.Locale;
import no.planvakt.InputException;

/** What a user may do; where is given by the user's scope (see {@link Caller}). */
public enum Role {
    /** Everything, every municipality, and the user list. */
    ADMIN,
    /** Drafts, runs and verdicts of every municipality in the county; loads reference layers. */
    COUNTY_PLANNER,
    /** Drafts, runs and verdicts of one municipality. */
    MUNICIPAL_PLANNER,
    /** Reads the plans of its scope, changes nothing. */
    VIEWER;

    public boolean writesPlans() {
        return this != VIEWER;
    }

    public static Role parse(String text) {
        try {
            return Role.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InputException(
                    "role must be one of ADMIN, COUNTY_PLANNER, MUNICIPAL_PLANNER, VIEWER, found \"" + text + "\"");
        }
    }
}
