package no.planvakt.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An identity provider's claims become a Planvakt role and scope, or no sign-in at all. */
class OidcCallersTest {
    private final OidcCallers callers = new OidcCallers("planvakt_role", "planvakt_scope", "preferred_username");

    @Test
    void claimsMapToRoleAndScope() {
        Caller c = callers.caller(Map.of(
                "sub",
                "x1",
                "preferred_username",
                "kari@hol.kommune.no",
                "planvakt_role",
                "municipal_planner",
                "planvakt_scope",
                "3330"));
        assertThat(c).isEqualTo(new Caller("kari@hol.kommune.no", Role.MUNICIPAL_PLANNER, "3330"));
        assertThat(c.sees("3330")).isTrue();
        assertThat(c.sees("3301")).isFalse();
        Caller county = callers.caller(Map.of("sub", "x2", "planvakt_role", "COUNTY_PLANNER", "planvakt_scope", "33"));
        assertThat(county.name()).isEqualTo("x2");
        assertThat(county.changes("3301")).isTrue();
        assertThat(county.changes("3201")).isFalse();
        Caller viewer = callers.caller(Map.of("sub", "x3", "planvakt_role", "viewer", "planvakt_scope", "3330"));
        assertThat(viewer.sees("3330")).isTrue();
        assertThat(viewer.changes("3330")).isFalse();
    }

    @Test
    void aTokenWithoutAFittingRoleAndScopeDoesNotSignIn() {
        assertThatThrownBy(() -> callers.caller(Map.of("sub", "x"))).hasMessageContaining("planvakt_role");
        assertThatThrownBy(() -> callers.caller(Map.of("sub", "x", "planvakt_role", "superuser")))
                .hasMessageContaining("role must be");
        assertThatThrownBy(() -> callers.caller(Map.of("sub", "x", "planvakt_role", "municipal_planner")))
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> callers.caller(
                        Map.of("sub", "x", "planvakt_role", "municipal_planner", "planvakt_scope", "33")))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> callers.caller(Map.of("sub", "x", "planvakt_role", "admin", "planvakt_scope", "3330")))
                .hasMessageContaining("does not fit");
    }
}
