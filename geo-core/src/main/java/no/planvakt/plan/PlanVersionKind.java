package no.planvakt.plan;

/** Which version of a municipality's plan: the draft being checked, or the plan in force. */
public enum PlanVersionKind {
    DRAFT,
    ADOPTED;

    public static PlanVersionKind parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "draft", "utkast", "forslag", "planforslag" -> DRAFT;
            case "adopted", "vedtatt", "gjeldende" -> ADOPTED;
            default ->
                throw new no.planvakt.InputException(
                        "unknown plan version kind \"" + text + "\" (expected draft or adopted)");
        };
    }
}
