package no.planvakt.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SOSI Plan code lists (arealformål and zone codes) with their Norwegian names. Kommuneplan
 * ({@code Kp}) and reguleringsplan ({@code Rp}) share the zone codes but not the arealformål codes:
 * a zoning plan uses the finer 4-digit RpArealformål list (1111 frittliggende småhus, 2011 kjøreveg, …).
 */
public final class PlanCodes {
    private static final Map<String, Map<Integer, String>> LISTS = load("kpa-codes.tsv");
    private static final Map<String, Map<Integer, String>> RP_LISTS = load("rp-codes.tsv");

    private PlanCodes() {}

    /** @param list the code attribute without prefix, e.g. "arealformål", "angittHensyn" */
    public static Optional<String> name(String list, int code) {
        return Optional.ofNullable(LISTS.getOrDefault(list, Map.of()).get(code));
    }

    public static boolean isKnown(String list, int code) {
        return name(list, code).isPresent();
    }

    /** @param prefix "Kp" or "Rp": reguleringsplan lists replace the kommuneplan list where they exist */
    public static Optional<String> name(String prefix, String list, int code) {
        if ("Rp".equals(prefix)) {
            String rp = RP_LISTS.getOrDefault(list, Map.of()).get(code);
            // Zone codes are shared with the kommuneplan lists; arealformål is the Rp list alone.
            return rp != null || list.equals("arealformål") ? Optional.ofNullable(rp) : name(list, code);
        }
        return name(list, code);
    }

    public static boolean isKnown(String prefix, String list, int code) {
        return name(prefix, list, code).isPresent();
    }

    private static Map<String, Map<Integer, String>> load(String resource) {
        Map<String, Map<Integer, String>> lists = new HashMap<>();
        try (InputStream in = PlanCodes.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                lists.computeIfAbsent(cols[0], k -> new HashMap<>()).put(Integer.parseInt(cols[1]), cols[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
