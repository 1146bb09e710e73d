package no.planvakt.layers.geoserver;

import java.util.List;

/** One HTTP request as the recording server received it. */
record RecordedRequest(
        String method, String path, String rawQuery, String contentType, String authorization, String body) {
    List<String> queryNames() {
        return RequestValidator.queryNames(rawQuery);
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
    }
}
