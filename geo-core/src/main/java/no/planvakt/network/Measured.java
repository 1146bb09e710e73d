package no.planvakt.network;

/**
 * A distance from a geometry to one target.
 *
 * @param metres     total: connector from the geometry + along the network + connector to the target;
 *                   for {@link Method#STRAIGHT_LINE} the straight distance; infinite when unreachable
 * @param connectorM the straight parts at both ends (0 for a straight-line distance)
 */
public record Measured(String targetId, double metres, Method method, double connectorM) {

    public static Measured unreachable(String targetId) {
        return new Measured(targetId, Double.POSITIVE_INFINITY, Method.UNREACHABLE, 0);
    }

    public boolean reachable() {
        return method != Method.UNREACHABLE;
    }

    /** The part along the network (0 for straight lines). */
    public double networkM() {
        return method == Method.NETWORK ? metres - connectorM : 0;
    }
}
