package no.planvakt.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.web.ForbiddenException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in and the CSRF token for the page's writes.
 * {@code PUT /api/me/password} {"current", "password"}: a user changes their own password.
 * {@code POST /api/users} {"username", "password", "role", "scope"}, {@code PATCH /api/users/{name}}
 * {"password", "enabled"} and {@code GET /api/users}: admins only.
 */
@RestController
public class UserController {
    private final UserRepository users;
    private final CurrentCaller callers;
    private final AuditLog audit;

    public UserController(UserRepository users, CurrentCaller callers, AuditLog audit) {
        this.users = users;
        this.callers = callers;
        this.audit = audit;
    }

    @GetMapping("/api/me")
    public Map<String, Object> me(HttpServletRequest request) {
        return SecurityConfig.me(callers.get(), request);
    }

    public record NewUser(String username, String password, String role, String scope) {}

    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<Map<String, Object>> create(@RequestBody NewUser u) {
        if (u == null || u.role() == null) {
            throw new InputException("a user needs username, password, role and (except for ADMIN) scope");
        }
        Role role = Role.parse(u.role());
        String scope =
                u.scope() == null || u.scope().isBlank() ? null : u.scope().trim();
        Map<String, Object> created = users.create(u.username(), u.password(), role, scope);
        audit.record(
                "user.create", "user", u.username(), null, Map.of("role", role.name(), "scope", String.valueOf(scope)));
        return ResponseEntity.created(URI.create("/api/users/" + u.username())).body(created);
    }

    public record UserChange(String password, Boolean enabled) {}

    /** An admin sets a new password or disables (enabled: false) a user. */
    @PatchMapping(path = "/api/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public Map<String, Object> change(@PathVariable String username, @RequestBody UserChange change) {
        Map<String, Object> changed = users.update(username, change.password(), change.enabled());
        audit.record(
                "user.change",
                "user",
                username,
                null,
                Map.of("password", change.password() != null, "enabled", String.valueOf(change.enabled())));
        return changed;
    }

    public record PasswordChange(String current, String password) {}

    /** A signed-in local user changes their own password, giving the current one. */
    @PutMapping(path = "/api/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<Void> password(@RequestBody PasswordChange change) {
        Caller c = callers.get();
        if (c.anonymous() || !users.matches(c.name(), change.current())) {
            throw new ForbiddenException("the current password is wrong");
        }
        users.update(c.name(), change.password(), null);
        audit.record("user.password", "user", c.name(), null, Map.of());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/users")
    public List<Map<String, Object>> list() {
        return users.list();
    }
}
