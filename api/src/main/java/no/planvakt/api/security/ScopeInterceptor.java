package no.planvakt.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvakt.InputException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link AccessPolicy} to every API path that names an object, before its controller runs,
 * so an endpoint added under {@code /api/runs/{id}/…} or {@code /api/plans/versions/{id}/…} is
 * covered without doing anything: GET and HEAD read, every other method changes.
 */
@Component
class ScopeInterceptor implements HandlerInterceptor {
    private static final Pattern RUN = Pattern.compile("^/api/runs/([^/]+)(/.*)?$");
    private static final Pattern VERSION = Pattern.compile("^/api/plans/versions/([^/]+)(/.*)?$");
    private static final Pattern LAYERS = Pattern.compile("^/api/reference-layers(/.*)?$");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final AccessPolicy access;

    ScopeInterceptor(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        Matcher m;
        if ((m = RUN.matcher(path)).matches()) {
            long id = id(m.group(1), "run");
            if (read) {
                access.readRun(id);
            } else {
                access.changeRun(id);
            }
        } else if ((m = VERSION.matcher(path)).matches()) {
            long id = id(m.group(1), "plan version");
            if (read) {
                access.readVersion(id);
            } else {
                access.changeVersion(id);
            }
        } else if (LAYERS.matcher(path).matches()) {
            if (read) {
                access.readReferenceLayers();
            } else {
                access.changeReferenceLayers();
            }
        }
        return true;
    }

    // Only plain digits: Spring would also read "0x1F" or "+3" as a number, and the check must see the id the
    // controller sees.
    private static long id(String text, String what) {
        if (!ID.matcher(text).matches()) {
            throw new InputException(what + " id må være et heltall, fant \"" + text + "\"");
        }
        return Long.parseLong(text);
    }
}
