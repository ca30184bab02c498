package org.lectern.pipeline.registry;

import java.util.List;

/**
 * One configuration parameter of an annotator.
 *
 * @param name         the parameter name used in pipeline XML
 * @param type         UIMA parameter type ({@code String}, {@code Integer}, {@code Long}, {@code Boolean},
 *                     {@code Float}, {@code Double}), with {@code []} appended for multi-valued parameters
 * @param mandatory    true when a pipeline must set it: declared mandatory, without a default and not set by
 *                     the provider itself
 * @param defaultValue the default as strings (one per value), empty when there is none
 * @param description  from the {@code @ConfigurationParameter} annotation, empty if it has none
 */
public record ParameterInfo(
        String name, String type, boolean mandatory, List<String> defaultValue, String description) {

    public ParameterInfo {
        defaultValue = List.copyOf(defaultValue);
    }

    public boolean multiValued() {
        return type.endsWith("[]");
    }

    /** The type of one value: {@link #type()} without {@code []}. */
    public String elementType() {
        return multiValued() ? type.substring(0, type.length() - 2) : type;
    }
}
