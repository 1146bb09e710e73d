package no.planvakt.api.security;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a municipality's identity provider's claims to a Planvakt role and scope: the role claim
 * (default {@code planvakt_role}: admin, county_planner, municipal_planner, viewer) and the scope
 * claim (default {@code planvakt_scope}: a municipality or county number). A token without a
 * valid role, or without the scope its role needs, does not sign in.
 */
@Component
public class OidcCallers {
    private final String roleClaim;
    private final String scopeClaim;
    private final String nameClaim;

    public OidcCallers(
            @Value("${planvakt.oidc.role-claim:planvakt_role}") String roleClaim,
            @Value("${planvakt.oidc.scope-claim:planvakt_scope}") String scopeClaim,
            @Value("${planvakt.oidc.name-claim:preferred_username}") String nameClaim) {
        this.roleClaim = roleClaim;
        this.scopeClaim = scopeClaim;
        this.nameClaim = nameClaim;
    }

    public Caller caller(Map<String, Object> claims) {
        Object role = claims.get(roleClaim);
        Object scope = claims.get(scopeClaim);
        Object name = claims.getOrDefault(nameClaim, claims.get("sub"));
        if (!(role instanceof String r) || name == null) {
            throw new IllegalArgumentException("the identity provider's token has no " + roleClaim + " claim");
        }
        Role parsed = Role.parse(r);
        String s = scope == null ? null : scope.toString();
        boolean scopeOk = parsed == Role.ADMIN
                ? s == null
                : s != null
                        && s.matches(
                                parsed == Role.MUNICIPAL_PLANNER
                                        ? "[0-9]{4}"
                                        : parsed == Role.COUNTY_PLANNER ? "[0-9]{2}" : "[0-9]{2}([0-9]{2})?");
        if (!scopeOk) {
            throw new IllegalArgumentException(
                    "the " + scopeClaim + " claim \"" + s + "\" does not fit the role " + parsed);
        }
        return new Caller(name.toString(), parsed, s);
    }

    /** The user service that oauth2Login uses: the provider's user, refused unless its claims map to a role. */
    OidcUserService userService() {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                OidcUser user = delegate.loadUser(request);
                Caller c;
                try {
                    c = caller(user.getClaims());
                } catch (RuntimeException e) {
                    throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null));
                }
                return new DefaultOidcUser(
                        List.of(new SimpleGrantedAuthority("ROLE_" + c.role().name())),
                        user.getIdToken(),
                        user.getUserInfo());
            }
        };
    }
}
