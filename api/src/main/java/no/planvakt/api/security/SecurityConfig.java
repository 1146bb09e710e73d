package no.planvakt.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.api.web.ApiErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How callers sign in: a session for the page (form login at {@code POST /api/login} with JSON
 * answers, CSRF token from {@code GET /api/me}), HTTP Basic for API clients and QGIS (no session,
 * no CSRF token: a browser cannot send its own Authorization header cross-site, and
 * {@link OriginHostFilter} refuses cross-site writes anyway), and OpenID Connect when a
 * registration is configured. What each caller may read and change is {@link AccessPolicy}'s.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig implements WebMvcConfigurer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScopeInterceptor scopes;

    SecurityConfig(ScopeInterceptor scopes) {
        this.scopes = scopes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(scopes).addPathPatterns("/api/**");
    }

    /** bcrypt for new hashes; the {id} prefix lets an operator move to argon2 later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain planvaktSecurity(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
            OidcCallers oidc,
            CurrentCaller callers)
            throws Exception {
        AuthenticationEntryPoint entry = SecurityConfig::unauthorised;
        http.authorizeHttpRequests(a -> a.requestMatchers("/api/users/**", "/api/users")
                .hasRole("ADMIN")
                // Reads are open here; AccessPolicy decides per object (published drafts are for everyone).
                .requestMatchers(HttpMethod.GET, "/api/**", "/wms")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/**", "/wms")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/login")
                .permitAll()
                .requestMatchers("/api/**", "/wms")
                .authenticated()
                .anyRequest()
                .permitAll());
        http.httpBasic(b -> b.realmName("Planvakt").authenticationEntryPoint(entry));
        http.formLogin(f -> f.loginPage("/")
                .loginProcessingUrl("/api/login")
                .successHandler((req, res, auth) -> json(res, 200, me(callers.get(), req)))
                .failureHandler((req, res, e) -> {
                    if (ApiErrors.databaseUnavailable(e)) {
                        unauthorised(req, res, e);
                    } else {
                        json(res, 401, Map.of("error", "Unauthorized", "message", "feil brukernavn eller passord"));
                    }
                })
                .permitAll());
        http.logout(l -> l.logoutUrl("/api/logout").logoutSuccessHandler((req, res, auth) -> res.setStatus(204)));
        // Plain (unmasked) tokens: the page reads the token from GET /api/me and sends it as X-CSRF-TOKEN.
        // A request without a session (API clients, QGIS) has nothing to forge: it is signed in by its
        // own Basic header or not at all, and then gets a plain 401. Sign-in itself always needs the token.
        http.csrf(c -> c.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(r -> basicAuthentication(r)
                        || r.getRequestedSessionId() == null
                                && !r.getRequestURI().equals("/api/login")));
        http.exceptionHandling(e -> e.authenticationEntryPoint(entry)
                .accessDeniedHandler((req, res, ex) -> json(
                        res,
                        403,
                        Map.of(
                                "error",
                                "Forbidden",
                                "message",
                                ex instanceof CsrfException
                                        ? "CSRF-token mangler eller er feil (hent den fra GET /api/me)"
                                        : "ingen tilgang"))));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        if (oidcRegistrations.getIfAvailable() != null) {
            http.oauth2Login(o -> o.userInfoEndpoint(u -> u.oidcUserService(oidc.userService())));
        }
        return http.build();
    }

    /** What the page needs after sign-in: who, role, scope and the CSRF token for its writes. */
    static Map<String, Object> me(Caller c, HttpServletRequest request) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signedIn", !c.anonymous());
        if (!c.anonymous()) {
            m.put("username", c.name());
            m.put("role", c.role().name());
            if (c.scope() != null) {
                m.put("scope", c.scope());
            }
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            m.put(
                    "csrf",
                    Map.of(
                            "headerName",
                            token.getHeaderName(),
                            "parameterName",
                            token.getParameterName(),
                            "token",
                            token.getToken()));
        }
        return m;
    }

    private static boolean basicAuthentication(HttpServletRequest request) {
        String h = request.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
    }

    // QGIS and other WMS clients (and clients that sent Basic credentials) get the Basic challenge;
    // the page's own requests do not, so the browser does not pop up its password dialog.
    private static void unauthorised(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (ApiErrors.databaseUnavailable(e)) {
            // The user could not be looked up: the database is down, not the password wrong.
            res.setHeader("Retry-After", String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
            json(res, 503, Map.of("error", "Service Unavailable", "message", ApiErrors.DATABASE_DOWN));
            return;
        }
        if (req.getRequestURI().startsWith("/wms") || basicAuthentication(req)) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Planvakt\"");
        }
        json(res, 401, Map.of("error", "Unauthorized", "message", "logg inn for å bruke denne tjenesten"));
    }

    static void json(HttpServletResponse res, int status, Object body) throws IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        JSON.writeValue(res.getOutputStream(), body);
    }
}
