package no.planvakt.api.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local user as Spring Security holds it after sign-in, with role and scope. */
public class PlanvaktUser extends User {
    private final Role role;
    private final String scope;

    public PlanvaktUser(String username, String passwordHash, boolean enabled, Role role, String scope) {
        super(
                username,
                passwordHash,
                enabled,
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.role = role;
        this.scope = scope;
    }

    public Caller caller() {
        return new Caller(getUsername(), role, scope);
    }
}
