package no.planvakt.layers.geoserver;

/** Status and body of one REST call. */
public record RestResponse(int status, String body) {
    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
