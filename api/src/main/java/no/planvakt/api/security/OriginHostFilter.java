package no.planvakt.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before anything else (before sign-in):
 * <ul>
 * <li>a request whose Host header is not one of {@code planvakt.allowed-hosts} is refused (421),
 * so a DNS-rebinding page cannot talk to a service on localhost;</li>
 * <li>a state-changing request (anything but GET, HEAD, OPTIONS) from a browser page of another
 * origin is refused (403): its Origin header, or failing that its Referer, must be this service
 * itself or one of {@code planvakt.allowed-origins}, and {@code Sec-Fetch-Site: cross-site} is
 * refused outright. Clients that send none of these headers (curl, QGIS, scripts) are not
 * browsers and pass.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class OriginHostFilter extends OncePerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedHosts;
    private final Set<String> allowedOrigins;

    public OriginHostFilter(
            @Value("${planvakt.allowed-hosts:localhost,127.0.0.1,[::1]}") String hosts,
            @Value("${planvakt.allowed-origins:}") String origins) {
        this.allowedHosts = split(hosts);
        this.allowedOrigins = split(origins);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String host = req.getHeader("Host");
        if (host == null || !allowedHosts.contains(hostName(host))) {
            SecurityConfig.json(
                    res,
                    421,
                    Map.of(
                            "error",
                            "Misdirected Request",
                            "message",
                            "ukjent vertsnavn i Host-headeren: \"" + host + "\" (tillatte: planvakt.allowed-hosts = "
                                    + allowedHosts + ")"));
            return;
        }
        if (!SAFE.contains(req.getMethod())) {
            String refused = crossOrigin(req, host);
            if (refused != null) {
                SecurityConfig.json(
                        res,
                        403,
                        Map.of(
                                "error",
                                "Forbidden",
                                "message",
                                "endringer fra en annen nettside blir avvist (" + refused + ")"));
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** Why the request is cross-origin, or null when it is not (or not from a browser at all). */
    private String crossOrigin(HttpServletRequest req, String host) {
        if ("cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"))) {
            return "Sec-Fetch-Site: cross-site";
        }
        String origin = req.getHeader("Origin");
        String source = "Origin";
        if (origin == null) {
            String referer = req.getHeader("Referer");
            if (referer == null) {
                return null;
            }
            origin = origin(referer);
            source = "Referer";
        }
        String self = req.getScheme() + "://" + host.toLowerCase(Locale.ROOT);
        String o = origin == null ? "null" : origin.toLowerCase(Locale.ROOT);
        if (o.equals(self) || allowedOrigins.contains(o)) {
            return null;
        }
        return source + " " + origin + " er ikke " + self;
    }

    private static String origin(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() == null || u.getRawAuthority() == null
                    ? null
                    : u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // "example.org:8080" → example.org; "[::1]:8080" → [::1]
    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
