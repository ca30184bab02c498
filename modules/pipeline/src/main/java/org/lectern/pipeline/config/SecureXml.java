package org.lectern.pipeline.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads pipeline files safely: no DOCTYPE (so no entity of any kind, internal or external), no external DTD
 * or schema access, no XInclude. Keeps line and column of every element and validates against the pipeline
 * XSD shipped in this jar.
 */
final class SecureXml {

    static final String NAMESPACE = "urn:lectern:pipeline:1";
    static final String SCHEMA_RESOURCE = "/org/lectern/pipeline/pipeline.xsd";

    static final String DOCTYPE_REFUSED =
            "DOCTYPE declarations are not allowed in pipeline files (they could pull in external entities)";

    /** A problem found by the parser or the schema, at a position. */
    record Problem(int line, int column, String message) {
    }

    private static final Schema SCHEMA = loadSchema();

    private SecureXml() {
    }

    /**
     * Parses a well-formed document into elements positioned at their {@code <}, or throws the parser's first
     * fatal error.
     */
    static XmlElement parse(byte[] content, String systemId) throws SAXException, IOException {
        TreeBuilder builder = new TreeBuilder(new MarkupPositions(content));
        XMLReader reader = newReader();
        reader.setContentHandler(builder);
        reader.setErrorHandler(builder);
        reader.setEntityResolver(builder);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
        reader.parse(inputSource(content, systemId));
        return builder.root;
    }

    /**
     * Schema violations of a well-formed document (cleaned of the validator's error codes), positioned at the
     * {@code <} of the element concerned.
     */
    static List<Problem> validate(byte[] content, String systemId) throws SAXException, IOException {
        MarkupPositions positions = new MarkupPositions(content);
        List<Problem> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a pipeline unusable
            }

            @Override
            public void error(SAXParseException e) {
                String message = e.getMessage();
                // enumerated attributes are checked by the parser with a friendlier message
                if (!message.startsWith("cvc-enumeration-valid") && !message.startsWith("cvc-attribute.3")) {
                    MarkupPositions.Position at = positions.markupStart(e.getLineNumber(), e.getColumnNumber());
                    problems.add(new Problem(at.line(), at.column(), message.replaceFirst("^cvc-[\\w.-]+: ", "")));
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        validator.validate(new SAXSource(newReader(), inputSource(content, systemId)));
        return problems;
    }

    private static InputSource inputSource(byte[] content, String systemId) {
        InputSource source = new InputSource(new ByteArrayInputStream(content));
        source.setSystemId(systemId);
        return source;
    }

    private static XMLReader newReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DefaultHandler2 refuseDoctype = new TreeBuilder(null);
            reader.setEntityResolver(refuseDoctype);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", refuseDoctype);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL schema = SecureXml.class.getResource(SCHEMA_RESOURCE);
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("the pipeline schema " + SCHEMA_RESOURCE + " is broken", e);
        }
    }

    /** Builds {@link XmlElement}s and refuses any DOCTYPE or entity resolution. */
    private static final class TreeBuilder extends DefaultHandler2 {

        private record Open(String namespace, String name, Map<String, String> attributes,
                List<XmlElement> children, StringBuilder text, int line, int column) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private final MarkupPositions positions;
        private Locator locator;
        private XmlElement root;

        /** {@code positions} may be null when the builder only guards a reader against DOCTYPEs. */
        TreeBuilder(MarkupPositions positions) {
            this.positions = positions;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            if (positions == null) {
                throw new SAXParseException(DOCTYPE_REFUSED, locator);
            }
            MarkupPositions.Position at = positions.markupStart(locator.getLineNumber(), locator.getColumnNumber());
            throw new SAXParseException(DOCTYPE_REFUSED, locator.getPublicId(), locator.getSystemId(), at.line(),
                    at.column());
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException {
            throw new SAXParseException("external entities are not allowed in pipeline files", locator);
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) {
            return null;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getLocalName(i), attributes.getValue(i));
            }
            // the locator stands just after the start tag; messages should point at its beginning
            MarkupPositions.Position at = positions.markupStart(locator.getLineNumber(), locator.getColumnNumber());
            open.push(new Open(uri, localName, values, new ArrayList<>(), new StringBuilder(), at.line(),
                    at.column()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open element = open.pop();
            XmlElement done = new XmlElement(element.namespace(), element.name(), element.attributes(),
                    List.copyOf(element.children()), element.text().toString(), element.line(), element.column());
            if (open.isEmpty()) {
                root = done;
            } else {
                open.peek().children().add(done);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
