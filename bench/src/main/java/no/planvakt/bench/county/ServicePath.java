package no.planvakt.bench.county;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import no.planvakt.api.network.PgRoutingEngine;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.api.run.RunRepository;
import no.planvakt.api.run.RunService;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RunProgress;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service path, measured with the service's own classes and schema (its Flyway migrations,
 * {@link PlanRepository}, {@link ReferenceLayerRepository}, {@link RunService},
 * {@link RunRepository}) in a database of its own, {@code planvakt_bench}, created afresh on the
 * benchmark's cluster: importing the county (plans and layers, one transaction each, as the
 * upload endpoints do), then a run as the service runs it — load the plan versions and layers from
 * PostGIS as binary WKB, run the engine, store the findings, checked list and tables in one
 * transaction. Only the HTTP layer and the run queue are left out.
 */
final class ServicePath implements AutoCloseable {
    static final String DATABASE = "planvakt_bench";
    private final PGSimpleDataSource ds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int srid;

    /** Imported plan versions and layers, ready for a run. */
    record Imported(long draftVersionId, long adoptedVersionId) {}

    /**
     * A run's result, id and the findings stored; {@code store} is the last step alone (findings,
     * checked list and tables in their transaction).
     */
    record Run(CheckResult result, long runId, long storedFindings, Meter.Reading store) {}

    /** Recreates the benchmark database next to the one {@code url} names and migrates it for {@code srid}. */
    ServicePath(String url, int srid) throws SQLException {
        this.srid = srid;
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        ds = new PGSimpleDataSource();
        ds.setURL(url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"));
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("srid", String.valueOf(srid)))
                .load()
                .migrate();
        jdbc = new JdbcTemplate(ds);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    Imported importCounty(CheckInput input) {
        PlanRepository plans = new PlanRepository(jdbc);
        ReferenceLayerRepository layers = new ReferenceLayerRepository(jdbc);
        long draft = tx.execute(s -> plans.insert(null, input.draft()));
        long adopted = tx.execute(s -> plans.insert(null, input.adopted()));
        for (ReferenceLayer l : input.layers().values()) {
            tx.executeWithoutResult(s -> layers.replace(l, l.id() + ".geojson", srid));
        }
        return new Imported(draft, adopted);
    }

    /** A run of {@code pack} on the imported versions, through RunService: prepare, load and check, store. */
    Run run(LoadedPack pack, Imported in) {
        RunRepository runs = new RunRepository(jdbc);
        RunService service = new RunService(
                new PlanRepository(jdbc),
                new ReferenceLayerRepository(jdbc),
                runs,
                pack,
                srid,
                new PgRoutingEngine(jdbc));
        RunService.Prepared p = service.prepare(in.draftVersionId(), in.adoptedVersionId(), null);
        long runId = runs.queue(
                p.draftVersionId(),
                p.adoptedVersionId(),
                p.municipality(),
                pack.pack().pack(),
                pack.pack().version(),
                null,
                "bench");
        runs.start(runId);
        CheckResult result = service.execute(p, RunProgress.NONE);
        Meter.Measured<Object> store = Meter.measure(() -> {
            tx.executeWithoutResult(s -> service.complete(runId, result));
            return null;
        });
        Long stored = jdbc.queryForObject("SELECT count(*) FROM result.finding WHERE run_id = ?", Long.class, runId);
        return new Run(result, runId, stored == null ? 0 : stored, store.reading());
    }

    @Override
    public void close() {
        // PGSimpleDataSource holds no connections of its own.
    }
}
