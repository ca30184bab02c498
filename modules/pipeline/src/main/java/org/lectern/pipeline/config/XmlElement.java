package org.lectern.pipeline.config;

import java.util.List;
import java.util.Map;

/**
 * An element of a parsed pipeline file with the position of its start tag (where the SAX parser reports it:
 * the end of the start tag), so that every validation message can point at the line and column.
 */
record XmlElement(
        String namespace,
        String name,
        Map<String, String> attributes,
        List<XmlElement> children,
        String text,
        int line,
        int column) {

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).toList();
    }
}
