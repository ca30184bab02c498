package org.lectern.pipeline.plugin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.internal.ReflectionUtil;
import org.lectern.api.AnnotatorProvider;

/**
 * Checks at load time that every type a plugin uses resolves in the merged type system: its JCas classes and
 * the outputs its annotators declare with {@code @TypeCapability}. A type missing there would otherwise fail
 * every document of a run with pages of UIMA internals; the usual cause is a missing or wrong {@code types.txt}.
 */
public final class DeclaredTypes {

    private DeclaredTypes() {}

    /**
     * One line naming the plugin, the first unresolved type, where it is used and the likely cause; empty when
     * all resolve. {@code knownTypes} are the names of the merged type system (UIMA's own {@code uima.*} types
     * always resolve).
     */
    public static Optional<String> unresolved(PluginJar plugin, Set<String> knownTypes) {
        Map<String, String> missing = new LinkedHashMap<>();
        plugin.jcasTypes().forEach(type -> missing.putIfAbsent(type, "a JCas class in the jar"));
        for (AnnotatorProvider provider : plugin.providers()) {
            for (String type : outputTypes(provider)) {
                missing.putIfAbsent(type, "a @TypeCapability output of annotator '" + provider.name() + "'");
            }
        }
        missing.keySet().removeIf(type -> type.startsWith("uima.") || knownTypes.contains(type));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, String> first = missing.entrySet().iterator().next();
        String others = missing.size() == 1 ? "" : " (and " + (missing.size() - 1) + " more)";
        return Optional.of("plugin " + plugin.name() + " refused: type " + first.getKey() + " (" + first.getValue()
                + ")" + others + " is in no type system; likely cause: " + likelyCause(plugin));
    }

    private static String likelyCause(PluginJar plugin) {
        String manifest = PluginLoader.TYPES_MANIFEST;
        if (!plugin.hasTypesManifest()) {
            return "the jar has no " + manifest + " (it must list the type system descriptor declaring the type,"
                    + " e.g. classpath*:org/example/type/MyTypes.xml)";
        }
        if (plugin.typesListed().isEmpty()) {
            return "the jar's " + manifest + " is empty";
        }
        if (plugin.descriptors().isEmpty()) {
            return "the jar's " + manifest + " lists " + String.join(", ", plugin.typesListed())
                    + ", which matches no file in the jar";
        }
        return "no descriptor listed in the jar's " + manifest + " (" + String.join(", ", plugin.descriptors())
                + ") declares it";
    }

    /** Type names (features stripped) of the engine's {@code @TypeCapability(outputs = ...)}. */
    private static List<String> outputTypes(AnnotatorProvider provider) {
        TypeCapability capability =
                ReflectionUtil.getInheritableAnnotation(TypeCapability.class, provider.engineClass());
        if (capability == null) {
            return List.of();
        }
        return Arrays.stream(capability.outputs())
                .map(output -> output.contains(":") ? output.substring(0, output.indexOf(':')) : output)
                .map(String::strip)
                .toList();
    }
}
