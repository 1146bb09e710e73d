/**
 * The API's answers as records, one per kind of thing it tells about: plan versions, check runs,
 * findings and planners' verdicts. They are what the OpenAPI description ({@code /v3/api-docs})
 * documents, and the JSON field names are theirs: controllers return these, never maps assembled
 * from SQL column aliases.
 */
package no.planvakt.api.answer;
