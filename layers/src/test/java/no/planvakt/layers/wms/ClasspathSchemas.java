package no.planvakt.layers.wms;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * OGC schemas from the org.jvnet.ogc jars on the test classpath. schemas.opengis.net is not
 * reachable, and each jar holds only its own schema, so every import (absolute URL or relative
 * path into another jar) is mapped to the classpath resource with the same path under the root.
 */
public final class ClasspathSchemas implements LSResourceResolver {
    private static final String OGC = "http://schemas.opengis.net/";

    public static Schema load(String... rootResources) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new ClasspathSchemas());
        // Never fetch from the network: only jar: (and file:) URLs the resolver hands out.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        StreamSource[] sources = new StreamSource[rootResources.length];
        for (int i = 0; i < rootResources.length; i++) {
            sources[i] = new StreamSource(resource(rootResources[i]).toExternalForm());
        }
        return factory.newSchema(sources);
    }

    static URL resource(String path) {
        URL url = ClasspathSchemas.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("schema " + path + " is not on the classpath");
        }
        return url;
    }

    /** "wms/1.3.0/x.xsd" for both http://schemas.opengis.net/wms/1.3.0/x.xsd and jar:…!/wms/1.3.0/x.xsd. */
    static String classpathPath(String systemId, String baseUri) {
        String absolute = baseUri == null
                ? systemId
                : URI.create(baseUri.startsWith("jar:") ? baseUri.substring(baseUri.indexOf("!/") + 1) : baseUri)
                        .resolve(systemId)
                        .toString();
        if (absolute.startsWith(OGC)) {
            return absolute.substring(OGC.length());
        }
        return URI.create(absolute).normalize().getPath().replaceFirst("^/", "");
    }

    @Override
    public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
        if (systemId == null) {
            return null;
        }
        String resolved =
                systemId.startsWith(OGC) ? systemId.substring(OGC.length()) : classpathPath(systemId, baseUri);
        return new Input(publicId, resource(resolved).toExternalForm());
    }

    private record Input(String publicId, String systemId) implements LSInput {
        public Reader getCharacterStream() {
            return null;
        }

        public void setCharacterStream(Reader r) {}

        public InputStream getByteStream() {
            return null;
        }

        public void setByteStream(InputStream s) {}

        public String getStringData() {
            return null;
        }

        public void setStringData(String s) {}

        public String getSystemId() {
            return systemId;
        }

        public void setSystemId(String s) {}

        public String getPublicId() {
            return publicId;
        }

        public void setPublicId(String s) {}

        public String getBaseURI() {
            return null;
        }

        public void setBaseURI(String s) {}

        public String getEncoding() {
            return null;
        }

        public void setEncoding(String s) {}

        public boolean getCertifiedText() {
            return false;
        }

        public void setCertifiedText(boolean b) {}
    }
}
