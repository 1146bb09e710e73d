package no.planvakt.api.security;

import java.util.List;
import no.planvakt.api.web.ForbiddenException;
import no.planvakt.api.web.NotFoundException;
import no.planvakt.api.web.SignInRequiredException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may read and change what — the one place that decides it, for the API (through
 * {@link ScopeInterceptor} and the services) and for the WMS proxy.
 * <ul>
 * <li>A plan version, its runs, findings, reports and verdicts belong to the plan's municipality.
 * They can be read by callers whose scope covers the municipality, and by everyone once the
 * version is published (consultation). Anybody else is told it does not exist (404); a caller who
 * has not signed in is asked to (401).</li>
 * <li>Changing (uploading, running, cancelling, verdicts, publishing) needs a planner or admin
 * role over the municipality; a caller who may only read gets 403.</li>
 * <li>Reference layers are regional data: every signed-in caller reads them; county planners and
 * admins load them.</li>
 * </ul>
 */
@Component
public class AccessPolicy {
    private final JdbcTemplate jdbc;
    private final CurrentCaller callers;

    public AccessPolicy(JdbcTemplate jdbc, CurrentCaller callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** Whose an object is, and whether it is out for consultation. */
    record Owner(String municipality, boolean published) {}

    public Caller caller() {
        return callers.get();
    }

    public void readVersion(long versionId) {
        read(version(versionId), "plan version " + versionId);
    }

    public void changeVersion(long versionId) {
        change(version(versionId), "plan version " + versionId);
    }

    public void readRun(long runId) {
        read(run(runId), "check run " + runId);
    }

    public void changeRun(long runId) {
        change(run(runId), "check run " + runId);
    }

    /** Adding a version to an existing plan. */
    public void changePlan(long planId) {
        List<Owner> o = jdbc.query(
                "SELECT municipality, false FROM plan.plan WHERE id = ?",
                (rs, i) -> new Owner(rs.getString(1), false),
                planId);
        if (o.isEmpty()) {
            throw new NotFoundException("plan " + planId + " does not exist");
        }
        change(o.get(0), "plan " + planId);
    }

    /** Storing a new plan of this municipality (as read from the uploaded file). */
    public void changeMunicipality(String municipality, String what) {
        Caller c = caller();
        if (!c.changes(municipality)) {
            throw new ForbiddenException(
                    c.name() + " (" + c.role() + (c.scope() == null ? "" : " " + c.scope()) + ") may not store " + what
                            + " of municipality " + (municipality == null ? "(none given in the file)" : municipality));
        }
    }

    /** Reading the latest findings of a whole municipality (WMS MUNICIPALITY=knr). */
    public void readMunicipality(String municipality) {
        Caller c = caller();
        if (c.anonymous()) {
            throw new SignInRequiredException("the findings of municipality " + municipality + " need sign-in");
        }
        if (!c.sees(municipality)) {
            throw new ForbiddenException(c.name() + " may not read municipality " + municipality);
        }
    }

    public void readReferenceLayers() {
        if (caller().anonymous()) {
            throw new SignInRequiredException("reference layers need sign-in");
        }
    }

    public void changeReferenceLayers() {
        Caller c = caller();
        if (c.role() != Role.ADMIN && c.role() != Role.COUNTY_PLANNER) {
            throw new ForbiddenException("only county planners and admins load reference layers");
        }
    }

    /** Every plan version and run is visible to this caller (the WMS's defaults need this). */
    public boolean seesEverything() {
        return caller().admin();
    }

    /**
     * An SQL condition for lists: rows whose municipality column the caller sees, or that are
     * published. Uses only the caller's scope, which was checked against {@code ^[0-9]{2,4}$}.
     */
    public String visibleSql(String municipalityColumn, String publishedColumn) {
        Caller c = caller();
        if (c.admin()) {
            return "true";
        }
        String published = publishedColumn + " IS NOT NULL";
        if (c.anonymous() || c.scope() == null || !c.scope().matches("[0-9]{2,4}")) {
            return published;
        }
        return "(" + published + " OR " + municipalityColumn + " LIKE '" + c.scope() + "%')";
    }

    private Owner version(long versionId) {
        List<Owner> o = jdbc.query(
                "SELECT p.municipality, v.published_at IS NOT NULL FROM plan.version v"
                        + " JOIN plan.plan p ON p.id = v.plan_id WHERE v.id = ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getBoolean(2)),
                versionId);
        if (o.isEmpty()) {
            throw new NotFoundException("plan version " + versionId + " does not exist");
        }
        return o.get(0);
    }

    private Owner run(long runId) {
        List<Owner> o = jdbc.query(
                "SELECT p.municipality, v.published_at IS NOT NULL FROM result.run r"
                        + " JOIN plan.version v ON v.id = r.draft_version_id JOIN plan.plan p ON p.id = v.plan_id WHERE r.id = ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getBoolean(2)),
                runId);
        if (o.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        return o.get(0);
    }

    private void read(Owner o, String what) {
        Caller c = caller();
        if (o.published() || c.sees(o.municipality())) {
            return;
        }
        if (c.anonymous()) {
            throw new SignInRequiredException(what + " is not published: sign in to read it");
        }
        // Same answer as for an object that does not exist: another municipality's drafts are not even listed.
        throw new NotFoundException(what + " does not exist");
    }

    private void change(Owner o, String what) {
        read(o, what);
        Caller c = caller();
        if (!c.changes(o.municipality())) {
            throw new ForbiddenException(c.name() + " may read but not change " + what);
        }
    }
}
