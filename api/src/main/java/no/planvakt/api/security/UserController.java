package no.planvakt.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in and the CSRF token for the page's writes.
 * {@code POST /api/users} {"username", "password", "role", "scope"} and {@code GET /api/users}: admins only.
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

    public record NewUser(String username, String password, String role, String scope) {
    }

    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<Map<String, Object>> create(@RequestBody NewUser u) {
        if (u == null || u.role() == null) {
            throw new InputException("a user needs username, password, role and (except for ADMIN) scope");
        }
        Role role = Role.parse(u.role());
        String scope = u.scope() == null || u.scope().isBlank() ? null : u.scope().trim();
        Map<String, Object> created = users.create(u.username(), u.password(), role, scope);
        audit.record("user.create", "user", u.username(), null, Map.of("role", role.name(), "scope", String.valueOf(scope)));
        return ResponseEntity.created(URI.create("/api/users/" + u.username())).body(created);
    }

    @GetMapping("/api/users")
    public List<Map<String, Object>> list() {
        return users.list();
    }
}
