package no.planvakt.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import no.planvakt.InputException;

/**
 * A JSON parser that refuses to hand out more than a number of tokens: a GeoJSON feature is read as
 * a tree, and a tree of 50 million coordinates would fill the heap before any vertex limit could be
 * checked. Four tokens per vertex ({@code [ x y ]}) plus room for the properties.
 */
final class TokenLimitedParser extends JsonParserDelegate {
    private final long maxTokens;
    private final String where;
    private long tokens;

    TokenLimitedParser(JsonParser p, long maxTokens, String where) {
        super(p);
        this.maxTokens = maxTokens;
        this.where = where;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        count();
        return super.nextToken();
    }

    @Override
    public String nextFieldName() throws IOException {
        count();
        return super.nextFieldName();
    }

    @Override
    public JsonToken nextValue() throws IOException {
        count();
        return super.nextValue();
    }

    private void count() {
        if (++tokens > maxTokens) {
            throw new InputException(where + " er større enn ett objekt kan være (over " + InputLimits.count(maxTokens)
                    + " JSON-verdier; høyst " + InputLimits.count(InputLimits.maxVerticesPerGeometry())
                    + " punkter per geometri, "
                    + InputLimits.VERTICES_PER_GEOMETRY + ")");
        }
    }
}
