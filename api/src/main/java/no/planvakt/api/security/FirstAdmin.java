package no.planvakt.api.security;

import java.security.SecureRandom;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On the first start (no user in the database) creates the admin user, before the service answers
 * any request. The operator gives its password with PLANVAKT_ADMIN_PASSWORD; otherwise one is
 * generated and printed once on standard output (not through the log, which may be kept).
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final String username;
    private final String password;

    FirstAdmin(
            UserRepository users,
            @Value("${planvakt.admin.username:admin}") String username,
            @Value("${planvakt.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.any()) {
            return;
        }
        boolean generated = password.isBlank();
        String pw = generated ? generate() : password;
        users.create(username, pw, Role.ADMIN, null);
        if (generated) {
            System.out.println("""

                    ==================================================================
                     Planvakt: første administrator opprettet
                       brukernavn: %s
                       passord:    %s
                     Passordet vises bare denne ene gangen. Lag planleggerbrukere med
                     POST /api/users (se docs/security.md).
                    ==================================================================
                    """.formatted(username, pw));
        } else {
            System.out.println("Planvakt: første administrator «" + username
                    + "» opprettet med passordet fra PLANVAKT_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
