/**
 * What a check produces: findings with evidence, the checked-and-clear list, rule summaries, tables
 * and their JSON/GeoJSON forms (the same from the command and the API). Plain data: this package
 * depends on no engine code, so that the API, the reports and the WMS can read results without it.
 */
package no.planvakt.result;
