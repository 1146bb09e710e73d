package no.planvakt.api.security;

/**
 * Who is asking: a signed-in user (local, HTTP Basic or OpenID Connect) or nobody. The scope is a
 * municipality number (4 digits) or a county number (2 digits, the first two of its
 * municipalities' numbers); an admin has no scope and sees every municipality.
 */
public record Caller(String name, Role role, String scope) {
    public static final Caller ANONYMOUS = new Caller(null, null, null);

    public boolean anonymous() {
        return role == null;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** May read the unpublished plans and runs of this municipality. */
    public boolean sees(String municipality) {
        if (admin()) {
            return true;
        }
        return !anonymous() && scope != null && municipality != null && municipality.startsWith(scope);
    }

    /** May change plans, runs and verdicts of this municipality. */
    public boolean changes(String municipality) {
        return sees(municipality) && role.writesPlans();
    }
}
