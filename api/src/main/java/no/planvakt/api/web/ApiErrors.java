package no.planvakt.api.web;

import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.rule.RulePackException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Bad input becomes a 400 whose message names the file, line or object, as the readers wrote it. */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler({InputException.class, RulePackException.class})
    ResponseEntity<Map<String, String>> badInput(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> missing(Exception e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(SignInRequiredException.class)
    ResponseEntity<Map<String, String>> signIn(SignInRequiredException e, jakarta.servlet.http.HttpServletRequest request) {
        ResponseEntity<Map<String, String>> r = error(HttpStatus.UNAUTHORIZED, e.getMessage());
        // WMS clients (QGIS) ask for a password on this challenge; the page's own requests must not trigger the browser's dialog.
        return request.getRequestURI().startsWith("/wms")
                ? ResponseEntity.status(r.getStatusCode()).header("WWW-Authenticate", "Basic realm=\"Planvakt\"").body(r.getBody()) : r;
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, String>> forbidden(ForbiddenException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(no.planvakt.api.run.RunStateException.class)
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(no.planvakt.api.run.RunJobs.BusyException.class)
    ResponseEntity<Map<String, String>> busy(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .body(Map.of("error", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), "message", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "upload too large: " + e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", status.getReasonPhrase(), "message", message));
    }
}
