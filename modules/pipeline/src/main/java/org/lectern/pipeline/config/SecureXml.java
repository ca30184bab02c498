package org.lectern.pipeline.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * or schema access, no XInclude. Keeps the position of every element and validates against the pipeline XSD
 * shipped in this jar.
 */
final class SecureXml {

    static final String NAMESPACE = "urn:lectern:pipeline:1";
    static final String SCHEMA_RESOURCE = "/org/lectern/pipeline/pipeline.xsd";

    static final String DOCTYPE_REFUSED =
            "DOCTYPE declarations are not allowed in pipeline files (they could pull in external entities)";

    private static final Schema SCHEMA = loadSchema();

    private final byte[] content;
    private final String systemId;
    private final MarkupPositions positions;

    SecureXml(byte[] content, String systemId) {
        this.content = content;
        this.systemId = systemId;
        this.positions = new MarkupPositions(content);
    }

    /**
     * The document's elements, each positioned at its {@code <}.
     *
     * @throws SAXParseException the parser's first fatal error (not well-formed, DOCTYPE)
     */
    XmlElement parse() throws SAXException, IOException {
        TreeBuilder builder = new TreeBuilder(positions);
        XMLReader reader = newReader(builder);
        reader.setContentHandler(builder);
        reader.parse(inputSource());
        return builder.root;
    }

    /**
     * Adds the schema violations of the (well-formed) document to {@code problems}, cleaned of the validator's
     * error codes and positioned at the {@code <} of the element concerned.
     */
    void validate(Problems problems) throws SAXException, IOException {
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
                    problems.add(at.line(), at.column(), message.replaceFirst("^cvc-[\\w.-]+: ", ""));
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        validator.validate(new SAXSource(newReader(new DoctypeRefusal(positions)), inputSource()));
    }

    private InputSource inputSource() {
        InputSource source = new InputSource(new ByteArrayInputStream(content));
        source.setSystemId(systemId);
        return source;
    }

    private static XMLReader newReader(DoctypeRefusal guard) throws SAXException {
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
            // a pipeline is four levels deep; deep nesting makes the schema validator quadratic (issue 19)
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "32");
            reader.setErrorHandler(guard);
            reader.setEntityResolver(guard);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
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
            return factory.newSchema(SecureXml.class.getResource(SCHEMA_RESOURCE));
        } catch (SAXException e) {
            throw new IllegalStateException("the pipeline schema " + SCHEMA_RESOURCE + " is broken", e);
        }
    }

    /** Stops parsing at a DOCTYPE, before any entity is declared, and refuses to resolve any entity. */
    private static class DoctypeRefusal extends DefaultHandler2 {

        final MarkupPositions positions;
        Locator locator;

        DoctypeRefusal(MarkupPositions positions) {
            this.positions = positions;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            MarkupPositions.Position at = positions.markupStart(locator.getLineNumber(), locator.getColumnNumber());
            throw new SAXParseException(
                    DOCTYPE_REFUSED, locator.getPublicId(), locator.getSystemId(), at.line(), at.column());
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
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Builds {@link XmlElement}s. */
    private static final class TreeBuilder extends DoctypeRefusal {

        private record Open(
                String namespace,
                String name,
                Map<String, String> attributes,
                List<XmlElement> children,
                StringBuilder text,
                int line,
                int column) {}

        private final Deque<Open> open = new ArrayDeque<>();
        private XmlElement root;

        TreeBuilder(MarkupPositions positions) {
            super(positions);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getLocalName(i), attributes.getValue(i));
            }
            // the locator stands just after the start tag; messages should point at its beginning
            MarkupPositions.Position at = positions.markupStart(locator.getLineNumber(), locator.getColumnNumber());
            open.push(new Open(uri, localName, values, new ArrayList<>(), new StringBuilder(), at.line(), at.column()));
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
            XmlElement done = new XmlElement(
                    element.namespace(),
                    element.name(),
                    element.attributes(),
                    List.copyOf(element.children()),
                    element.text().toString(),
                    element.line(),
                    element.column());
            if (open.isEmpty()) {
                root = done;
            } else {
                open.peek().children().add(done);
            }
        }
    }
}
