package org.lectern.pipeline.registry;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.factory.ConfigurationParameterFactory;
import org.apache.uima.fit.internal.ReflectionUtil;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.lectern.api.AnnotatorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an annotator's description and parameters from the uimaFIT metadata of its engine class. */
final class AnnotatorIntrospection {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotatorIntrospection.class);

    private AnnotatorIntrospection() {}

    static AnnotatorInfo describe(AnnotatorProvider provider, String source) {
        Class<?> engineClass = provider.engineClass();
        ResourceMetaData metaData = ReflectionUtil.getInheritableAnnotation(ResourceMetaData.class, engineClass);
        String description = metaData == null ? "" : oneLine(metaData.description());
        Map<String, Object> providerSettings = providerSettings(provider);
        // a subclass may redeclare an inherited parameter (DKPro's segmenters do with "language"): it wins
        Map<String, ParameterInfo> parameters = new TreeMap<>();
        for (Field field : ReflectionUtil.getFields(engineClass)) {
            if (ConfigurationParameterFactory.isConfigurationParameterField(field)) {
                ParameterInfo parameter = parameter(field, providerSettings);
                parameters.putIfAbsent(parameter.name(), parameter);
            }
        }
        return new AnnotatorInfo(provider.name(), description, source, List.copyOf(parameters.values()), provider);
    }

    /** Constant names of the enum type (or enum array type) of parameter {@code name}, or empty. */
    static Optional<List<String>> enumConstants(Class<?> engineClass, String name) {
        for (Field field : ReflectionUtil.getFields(engineClass)) {
            if (ConfigurationParameterFactory.isConfigurationParameterField(field)
                    && ConfigurationParameterFactory.getConfigurationParameterName(field)
                            .equals(name)) {
                Class<?> type = field.getType().isArray() ? field.getType().getComponentType() : field.getType();
                return type.isEnum()
                        ? Optional.of(Arrays.stream(type.getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .toList())
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ParameterInfo parameter(Field field, Map<String, Object> providerSettings) {
        ConfigurationParameter declaration = ConfigurationParameterFactory.createPrimitiveParameter(field);
        String name = declaration.getName();
        // a provider may set parameters itself (e.g. model locations); its values are the effective defaults
        Object effectiveDefault = providerSettings.containsKey(name)
                ? providerSettings.get(name)
                : ConfigurationParameterFactory.getDefaultValue(field);
        List<String> defaultValue = asStrings(effectiveDefault);
        String type = declaration.getType() + (declaration.isMultiValued() ? "[]" : "");
        String description = declaration.getDescription() == null ? "" : oneLine(declaration.getDescription());
        return new ParameterInfo(
                name, type, declaration.isMandatory() && effectiveDefault == null, defaultValue, description);
    }

    /** Parameter values of the engine class inside the provider's default description (possibly an aggregate). */
    private static Map<String, Object> providerSettings(AnnotatorProvider provider) {
        // as when a pipeline uses it, the provider sees its own jar's resources through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(provider.getClass().getClassLoader());
        try {
            AnalysisEngineDescription description = provider.createDescription();
            return settingsOf(description, provider.engineClass().getName());
        } catch (Exception | LinkageError e) {
            // providers may legitimately refuse to build without their mandatory parameters
            LOG.debug("annotator '{}' has no default description: {}", provider.name(), e.toString());
            return Map.of();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, Object> settingsOf(Object specifier, String engineClassName) throws Exception {
        if (!(specifier instanceof AnalysisEngineDescription description)) {
            return Map.of();
        }
        if (description.isPrimitive()) {
            return engineClassName.equals(description.getAnnotatorImplementationName())
                    ? ConfigurationParameterFactory.getParameterSettings(description)
                    : Map.of();
        }
        for (Object delegate :
                description.getDelegateAnalysisEngineSpecifiersWithImports().values()) {
            Map<String, Object> settings = settingsOf(delegate, engineClassName);
            if (!settings.isEmpty()) {
                return settings;
            }
        }
        return Map.of();
    }

    /** Descriptions often come from wrapped Javadoc: one line reads better in listings and messages. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> asStrings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
            return values;
        }
        return List.of(String.valueOf(value));
    }
}
