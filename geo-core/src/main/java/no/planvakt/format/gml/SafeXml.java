package no.planvakt.format.gml;

import javax.xml.stream.XMLInputFactory;
import no.planvakt.format.InputLimits;

/**
 * StAX factories that cannot be turned against the server: no DTDs (so no entity definitions,
 * no billion-laughs expansion) and no external entities. A file that
 * carries a DOCTYPE is refused outright by the reader, with a message saying why.
 */
final class SafeXml {
    private SafeXml() {}

    static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Only the five predefined entities and character references can occur without a DTD; "A &amp; B" must read as
        // "A & B".
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        setIfSupported(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "1000");
        setIfSupported(f, "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "10000");
        // Plan GML nests about 20 elements deep; the geometry parser recurses, so depth is bounded here.
        setIfSupported(f, "jdk.xml.maxElementDepth", InputLimits.MAX_NESTING);
        return f;
    }

    private static void setIfSupported(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // Another StAX implementation: DTDs are off anyway, the limits are a second line of defence.
        }
    }
}
