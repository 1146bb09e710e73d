package no.planvakt.result;

/** A plan object a rule examined and found clear: the explicit "checked, no conflict" record. */
public record Checked(String ruleId, String planObjectId, String planObjectName, String message) {}
