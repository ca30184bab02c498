package org.lectern.pipeline.registry;

import java.util.List;
import java.util.Optional;
import org.lectern.api.AnnotatorProvider;

/**
 * One annotator known to the registry.
 *
 * @param name        the name pipeline XML refers to
 * @param description from the engine's {@code @ResourceMetaData}, empty if it has none
 * @param source      {@link AnnotatorRegistry#BUILT_IN} or the file name of the plugin jar
 * @param parameters  the engine's configuration parameters, sorted by name
 * @param provider    builds the engine description
 */
public record AnnotatorInfo(
        String name, String description, String source, List<ParameterInfo> parameters, AnnotatorProvider provider) {

    public AnnotatorInfo {
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterInfo> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The constants an enum-typed parameter accepts (uimaFIT passes enums as their names), or empty. */
    public Optional<List<String>> allowedValues(String parameterName) {
        return AnnotatorIntrospection.enumConstants(provider.engineClass(), parameterName);
    }
}
