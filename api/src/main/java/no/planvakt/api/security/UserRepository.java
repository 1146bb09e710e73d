package no.planvakt.api.security;

import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** Local users (table {@code auth.app_user}); passwords go in only through the encoder. */
@Repository
public class UserRepository implements UserDetailsService {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public UserRepository(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<PlanvaktUser> users = jdbc.query(
                "SELECT username, password_hash, enabled, role, scope FROM auth.app_user WHERE username = ?",
                (rs, i) -> new PlanvaktUser(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        Role.valueOf(rs.getString(4)),
                        rs.getString(5)),
                username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.get(0);
    }

    public boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM auth.app_user)", Boolean.class));
    }

    /** Creates a user; the password is hashed here and never stored or logged as given. */
    public Map<String, Object> create(String username, String password, Role role, String scope) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new InputException("username must be 1–64 letters, digits or . _ @ -, found \"" + username + "\"");
        }
        requirePassword(password);
        if (role == Role.ADMIN
                ? scope != null
                : scope == null
                        || !scope.matches(
                                role == Role.MUNICIPAL_PLANNER
                                        ? "[0-9]{4}"
                                        : role == Role.COUNTY_PLANNER ? "[0-9]{2}" : "[0-9]{2}([0-9]{2})?")) {
            throw new InputException("scope for " + role + " must be "
                    + switch (role) {
                        case ADMIN -> "left out (an admin sees every municipality)";
                        case MUNICIPAL_PLANNER -> "a municipality number (four digits, e.g. 3330)";
                        case COUNTY_PLANNER -> "a county number (two digits, e.g. 33)";
                        case VIEWER -> "a municipality (four digits) or county number (two digits)";
                    }
                    + ", found \"" + scope + "\"");
        }
        try {
            jdbc.update(
                    "INSERT INTO auth.app_user (username, password_hash, role, scope) VALUES (?, ?, ?, ?)",
                    username,
                    encoder.encode(password),
                    role.name(),
                    scope);
        } catch (DuplicateKeyException e) {
            throw new InputException("user " + username + " already exists");
        }
        return describe(username);
    }

    /** Changes what is given (password, enabled); a user that does not exist is 404. */
    public Map<String, Object> update(String username, String password, Boolean enabled) {
        if (password != null) {
            requirePassword(password);
            jdbc.update(
                    "UPDATE auth.app_user SET password_hash = ? WHERE username = ?",
                    encoder.encode(password),
                    username);
        }
        if (enabled != null) {
            jdbc.update("UPDATE auth.app_user SET enabled = ? WHERE username = ?", enabled, username);
        }
        List<Map<String, Object>> u =
                jdbc.queryForList("SELECT username FROM auth.app_user WHERE username = ?", username);
        if (u.isEmpty()) {
            throw new no.planvakt.api.web.NotFoundException("user " + username + " does not exist");
        }
        return describe(username);
    }

    /** Whether the password is the user's current one (for a user changing their own). */
    public boolean matches(String username, String password) {
        List<String> hash =
                jdbc.queryForList("SELECT password_hash FROM auth.app_user WHERE username = ?", String.class, username);
        return !hash.isEmpty() && password != null && encoder.matches(password, hash.get(0));
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < 10 || password.length() > 200) {
            throw new InputException("a password needs 10 to 200 characters");
        }
    }

    public Map<String, Object> describe(String username) {
        return jdbc.queryForMap(
                "SELECT username, role, scope, enabled, created_at AS \"createdAt\" FROM auth.app_user WHERE username = ?",
                username);
    }

    public List<Map<String, Object>> list() {
        return jdbc.queryForList(
                "SELECT username, role, scope, enabled, created_at AS \"createdAt\" FROM auth.app_user ORDER BY username");
    }
}
