/**
 * What the planners' page needs from the service beyond the REST API: its texts (message bundles
 * {@code i18n/messages*.properties}, bokmål by default) and its map settings. The page itself is
 * static ({@code static/index.html}, ES modules in {@code static/app/}, OpenLayers in
 * {@code static/vendor/ol/}) and talks only to the service's own endpoints and {@code /wms}.
 */
package no.planvakt.api.page;
