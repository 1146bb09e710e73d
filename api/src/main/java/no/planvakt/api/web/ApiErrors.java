package no.planvakt.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.planvakt.InputException;
import no.planvakt.format.InputText;
import no.planvakt.rule.RulePackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is a JSON body {@code {"error": reason, "message": what went wrong}} with the right
 * status: 400 for bad input (the message names the file, line or object as the readers wrote it, or
 * the request field), 404, 409, 413 only for a body over the size limit, 415, and 503 with
 * {@code Retry-After} when the database does not answer. Spring's own errors (wrong content type,
 * unreadable JSON, a fraction where an id belongs) get the same body with a message instead of
 * Spring's bare default. Anything else is a 500 whose message carries an id to find it in the log.
 *
 * <p>{@code error} is the HTTP reason phrase, for programs; {@code message} is for the planner, who reads
 * it on the page after "Noe gikk galt:", so the service's own messages (limits, faults, hostile input)
 * are in bokmål. Field and parameter names stay as the API spells them.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** Seconds a client should wait before trying again when the database is down. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** The message of every 503 for a database that does not answer. */
    public static final String DATABASE_DOWN =
            "Databasen svarer ikke; ingenting ble lagret. Prøv igjen om " + RETRY_AFTER_SECONDS + " sekunder.";

    private final ObjectProvider<DataSource> dataSource;

    public ApiErrors(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @ExceptionHandler({InputException.class, RulePackException.class})
    ResponseEntity<Object> badInput(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, new HttpHeaders(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, new HttpHeaders(), e.getMessage());
    }

    /** A multipart body that cannot be parsed (no boundary, cut off, a part header too long). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                new HttpHeaders(),
                "Forespørselen er ikke lesbar multipart/form-data (" + rootMessage(e)
                        + "); send filen som en del med navnet \"file\" og en boundary i Content-Type, og filnavn på høyst "
                        + InputText.MAX_SHORT + " tegn.");
    }

    @ExceptionHandler(SignInRequiredException.class)
    ResponseEntity<Object> signIn(SignInRequiredException e, jakarta.servlet.http.HttpServletRequest request) {
        HttpHeaders h = new HttpHeaders();
        // WMS clients (QGIS) ask for a password on this challenge; the page's own requests must not trigger the
        // browser's dialog.
        if (request.getRequestURI().startsWith("/wms")) {
            h.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Planvakt\"");
        }
        return error(HttpStatus.UNAUTHORIZED, h, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return error(HttpStatus.FORBIDDEN, new HttpHeaders(), e.getMessage());
    }

    @ExceptionHandler(no.planvakt.api.run.RunStateException.class)
    ResponseEntity<Object> runState(RuntimeException e) {
        return error(HttpStatus.CONFLICT, new HttpHeaders(), e.getMessage());
    }

    @ExceptionHandler(no.planvakt.api.run.RunJobs.BusyException.class)
    ResponseEntity<Object> busy(RuntimeException e) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.RETRY_AFTER, "60");
        return error(HttpStatus.SERVICE_UNAVAILABLE, h, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return error(
                HttpStatus.PAYLOAD_TOO_LARGE,
                headers,
                "Opplastingen er for stor: forespørselen er over grensen på "
                        + (e.getMaxUploadSize() < 0 ? "tjenestens grense" : e.getMaxUploadSize() + " byte") + " ("
                        + rootMessage(e) + ").");
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<Object> importsBusy(ServiceBusyException e) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.RETRY_AFTER, "30");
        return error(HttpStatus.SERVICE_UNAVAILABLE, h, e.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> conflict(DuplicateKeyException e) {
        return error(
                HttpStatus.CONFLICT,
                new HttpHeaders(),
                "En annen forespørsel endret de samme dataene samtidig; prøv igjen (" + rootMessage(e) + ").");
    }

    /** The database down or gone mid-request becomes a fast 503; anything else unexpected a 500 with a log id. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) throws Exception {
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e; // Spring Security answers these itself (401/403).
        }
        if (databaseUnavailable(e)) {
            LOG.warn("database unavailable: {}", rootMessage(e));
            // The pooled connections died with the database: drop them now, so the first request after
            // it is back gets a fresh connection instead of a dead one.
            if (dataSource.getIfAvailable() instanceof HikariDataSource hikari
                    && hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
            HttpHeaders h = new HttpHeaders();
            h.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            return error(HttpStatus.SERVICE_UNAVAILABLE, h, DATABASE_DOWN);
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected error {}", id, e);
        return error(
                HttpStatus.INTERNAL_SERVER_ERROR,
                new HttpHeaders(),
                "Uventet feil i tjenesten (logget som " + id + "); ingenting ble lagret.");
    }

    /** Spring MVC's own exceptions (415, 405, 400 for unreadable bodies and wrong types): our body, with a message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest swr
                && swr.getResponse() != null
                && swr.getResponse().isCommitted()) {
            return null;
        }
        return error(status, headers, messageOf(e));
    }

    private static String messageOf(Exception e) {
        if (e instanceof HttpMessageNotReadableException) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String field = m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."));
                return "Forespørselens innhold: feltet " + field + ": " + m.getOriginalMessage();
            }
            if (cause instanceof JsonProcessingException p) {
                return "Forespørselens innhold er ikke gyldig JSON: " + p.getOriginalMessage();
            }
            return "Forespørselens innhold mangler eller kan ikke leses.";
        }
        if (e instanceof TypeMismatchException t) {
            String name = t.getPropertyName() != null ? t.getPropertyName() : "en parameter";
            Class<?> type = t.getRequiredType();
            boolean whole = type == Long.class || type == long.class || type == Integer.class || type == int.class;
            return name + " må være "
                    + (whole ? "et heltall" : "av typen " + (type == null ? "?" : type.getSimpleName())) + ", fant \""
                    + t.getValue() + "\"";
        }
        if (e instanceof ErrorResponse r && r.getBody().getDetail() != null) {
            return r.getBody().getDetail();
        }
        return e.getMessage();
    }

    /** Whether {@code e} or a cause says the database could not be reached or went away mid-request. */
    public static boolean databaseUnavailable(Throwable e) {
        // A failed rollback hides the exception that caused it: look there too.
        if (e instanceof TransactionSystemException tse
                && tse.getApplicationException() != null
                && databaseUnavailable(tse.getApplicationException())) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server shut down or crashed under the request.
            if (t instanceof SQLException s
                    && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
            // Hikari's stand-in for a connection it has already closed after a connection error.
            if (t instanceof SQLException s && "Connection is closed".equals(s.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static ResponseEntity<Object> error(HttpStatusCode status, HttpHeaders headers, String message) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return ResponseEntity.status(status)
                .headers(headers)
                .body(Map.of("error", reason, "message", message == null ? reason : message));
    }
}
