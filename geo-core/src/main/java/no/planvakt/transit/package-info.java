/**
 * Public-transport stops with their morning-peak service, read from GTFS feeds (Entur publishes the
 * Norwegian timetables as GTFS) with the OneBusAway GTFS library. A feed becomes a point reference
 * layer whose features carry {@code avganger_per_time}: departures per hour in the morning peak.
 */
package no.planvakt.transit;
