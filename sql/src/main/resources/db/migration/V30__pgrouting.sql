-- Network distances in the service (ABC classification, housing near centres and stops, energy
-- stations) run on pgRouting; the JVM graph in geo-core answers the same questions for the
-- embedded command, and a test holds the two to 1 m.
CREATE EXTENSION IF NOT EXISTS pgrouting;
