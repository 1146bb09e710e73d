package no.planvakt.api.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import no.planvakt.InputException;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.RunCancelledException;
import no.planvakt.rule.RunProgress;
import no.planvakt.rule.RunTimeLimit;
import no.planvakt.rule.RunTimeLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Check runs as background jobs on a bounded pool ({@code planvakt.runs.threads} threads, at most
 * {@code planvakt.runs.queue} waiting; beyond that a request is refused with 503). The state is
 * in PostgreSQL ({@code result.run.state}), so any client can ask after a run by its id. At
 * start-up, runs left queued or running by a stopped or killed service are marked failed: nothing
 * else would ever finish them. One service instance per database is assumed. A run that takes longer than
 * {@code planvakt.maxRunSeconds} (default 1 800 s) is stopped and marked failed with a reason naming the limit.
 */
@Service
public class RunJobs implements SmartInitializingSingleton, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(RunJobs.class);

    private final RunService service;
    private final RunRepository runs;
    private final ThreadPoolExecutor pool;
    private final Map<Long, CompletableFuture<RunState>> pending = new ConcurrentHashMap<>();
    private final double maxSeconds;

    public RunJobs(
            RunService service,
            RunRepository runs,
            @Value("${planvakt.runs.threads:2}") int threads,
            @Value("${planvakt.runs.queue:50}") int queue,
            @Value("${" + RunTimeLimit.PROPERTY + ":" + RunTimeLimit.DEFAULT_SECONDS + "}") double maxSeconds) {
        this.service = service;
        this.runs = runs;
        this.maxSeconds = maxSeconds;
        RunTimeLimit.of(RunProgress.NONE, maxSeconds); // refuses a limit that is not a positive number at start-up
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "planvakt-run-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public void afterSingletonsInstantiated() {
        int left = runs.failLeftOver("Tjenesten stoppet mens kjøringen sto i kø eller pågikk (omstart " + Instant.now()
                + "); start kontrollen på nytt.");
        if (left > 0) {
            LOG.warn("{} check run(s) left queued or running by the previous service process marked FAILED", left);
        }
    }

    /** Queues a prepared run; returns its id at once. */
    public long submit(RunService.Prepared p, String requestedBy) {
        long id = runs.queue(
                p.draftVersionId(),
                p.adoptedVersionId(),
                p.municipality(),
                p.pack().pack().pack(),
                p.pack().pack().version(),
                p.rules(),
                requestedBy);
        CompletableFuture<RunState> done = new CompletableFuture<>();
        pending.put(id, done);
        try {
            pool.execute(() -> execute(id, p, done));
        } catch (RejectedExecutionException e) {
            pending.remove(id);
            runs.end(id, RunState.FAILED, "For mange kjøringer i kø; prøv igjen om litt.");
            throw new BusyException(
                    "For mange kontroller i kø (" + pool.getQueue().size() + "); prøv igjen om et minutt.");
        }
        return id;
    }

    /** Waits up to {@code max} for a run to end; returns its state then (or RUNNING/QUEUED on timeout). */
    public RunState await(long runId, Duration max) {
        CompletableFuture<RunState> f = pending.get(runId);
        if (f != null) {
            try {
                return f.get(max.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return runs.state(runId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // execute() completes normally; fall through to the stored state
            }
        }
        return runs.state(runId);
    }

    /** @return true when the run was cancelled at once (queued), false when it will stop at its next rule */
    public boolean cancel(long runId) {
        boolean now = runs.cancel(runId);
        if (now) {
            CompletableFuture<RunState> f = pending.remove(runId);
            if (f != null) {
                f.complete(RunState.CANCELLED);
            }
        }
        return now;
    }

    private void execute(long id, RunService.Prepared p, CompletableFuture<RunState> done) {
        RunState end = RunState.FAILED;
        try {
            if (!runs.start(id)) {
                end = runs.state(id);
                return;
            }
            // The clock starts when the run leaves the queue; it covers loading the inputs and the check.
            CheckResult result = service.execute(p, RunTimeLimit.of(progress(id), maxSeconds));
            if (runs.cancelRequested(id)) {
                throw new RunCancelledException("cancelled after the last rule");
            }
            service.complete(id, result);
            end = RunState.DONE;
        } catch (RunCancelledException e) {
            runs.end(id, RunState.CANCELLED, null);
            end = RunState.CANCELLED;
        } catch (RunTimeLimitException e) {
            LOG.warn("check run {} stopped at its time limit of {} s", id, maxSeconds);
            runs.end(id, RunState.FAILED, e.getMessage());
        } catch (InputException e) {
            runs.end(id, RunState.FAILED, e.getMessage());
        } catch (OutOfMemoryError e) {
            runs.end(id, RunState.FAILED, "Kjøringen trengte mer minne enn tjenesten har; kontakt driften.");
        } catch (RuntimeException e) {
            LOG.error("check run {} failed", id, e);
            runs.end(
                    id,
                    RunState.FAILED,
                    "Intern feil: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            pending.remove(id);
            done.complete(end);
        }
    }

    // Before each rule: record the percent done and the rule, and stop if a cancel was asked for.
    private RunProgress progress(long id) {
        return (index, total, ruleId) -> {
            if (runs.cancelRequested(id)) {
                throw new RunCancelledException("cancelled before rule " + ruleId);
            }
            runs.progress(id, (int) Math.floor(100.0 * index / total), ruleId);
        };
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** The run queue is full: 503. */
    public static class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }
}
