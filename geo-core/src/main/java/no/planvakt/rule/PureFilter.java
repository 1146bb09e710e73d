package no.planvakt.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.BinaryLogicOperator;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsLike;
import org.geotools.api.filter.PropertyIsNil;
import org.geotools.api.filter.PropertyIsNull;
import org.geotools.api.filter.expression.BinaryExpression;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;

/**
 * Whether a filter's result depends on nothing but the values of the attributes it names: logic,
 * comparisons, LIKE, NULL tests and arithmetic over plain attribute names and literals. Anything
 * else (feature ids, functions, which may read the feature itself, spatial and temporal tests,
 * names with a path or prefix) is left to GeoTools on the whole feature, object by object.
 */
final class PureFilter {
    /** A plain attribute name: no XPath, namespace prefix or index, which GeoTools resolves its own way. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private PureFilter() {}

    /** The attribute names {@code filter} reads (each once, in order), or null when it is not pure. */
    static List<String> attributes(Filter filter) {
        List<String> names = new ArrayList<>();
        return filter(filter, names) ? names : null;
    }

    private static boolean filter(Filter f, List<String> names) {
        if (f == Filter.INCLUDE || f == Filter.EXCLUDE) {
            return true;
        }
        if (f instanceof BinaryLogicOperator logic) {
            for (Filter child : logic.getChildren()) {
                if (!filter(child, names)) {
                    return false;
                }
            }
            return true;
        }
        if (f instanceof Not not) {
            return filter(not.getFilter(), names);
        }
        if (f instanceof BinaryComparisonOperator c) {
            return expression(c.getExpression1(), names) && expression(c.getExpression2(), names);
        }
        if (f instanceof PropertyIsBetween b) {
            return expression(b.getExpression(), names)
                    && expression(b.getLowerBoundary(), names)
                    && expression(b.getUpperBoundary(), names);
        }
        if (f instanceof PropertyIsLike like) {
            return expression(like.getExpression(), names);
        }
        if (f instanceof PropertyIsNull isNull) {
            return expression(isNull.getExpression(), names);
        }
        if (f instanceof PropertyIsNil nil) {
            return expression(nil.getExpression(), names);
        }
        return false;
    }

    private static boolean expression(Expression e, List<String> names) {
        if (e instanceof Literal) {
            return true;
        }
        if (e instanceof PropertyName p) {
            String name = p.getPropertyName();
            if (name == null || !PLAIN_NAME.matcher(name).matches()) {
                return false;
            }
            if (!names.contains(name)) {
                names.add(name);
            }
            return true;
        }
        if (e instanceof BinaryExpression b) {
            return expression(b.getExpression1(), names) && expression(b.getExpression2(), names);
        }
        return false;
    }
}
