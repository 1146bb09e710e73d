package no.planvakt.api;

/**
 * The tests talk to the real PostGIS that ./run-tests starts; without it they fail with a clear
 * message rather than skip, so a green build always means "tested against PostGIS".
 */
final class PostGisTestDatabase {
    static final String URL = System.getenv("PLANVAKT_DB_URL");

    private PostGisTestDatabase() {
    }

    static void require() {
        if (URL == null || URL.isBlank()) {
            throw new IllegalStateException("PLANVAKT_DB_URL is not set: run the tests with ./run-tests, which starts a private PostGIS");
        }
    }
}
