package no.planvakt.api.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** The caller of the current request, whichever way it signed in. */
@Component
public class CurrentCaller {
    private final OidcCallers oidc;

    public CurrentCaller(OidcCallers oidc) {
        this.oidc = oidc;
    }

    public Caller get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            return Caller.ANONYMOUS;
        }
        if (a.getPrincipal() instanceof PlanvaktUser u) {
            return u.caller();
        }
        if (a.getPrincipal() instanceof OidcUser u) {
            return oidc.caller(u.getClaims());
        }
        return Caller.ANONYMOUS;
    }
}
