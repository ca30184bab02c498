package org.lectern.pipeline.plugin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Collects the type systems of the built-ins and of each plugin, remembering which source declared each type,
 * so that a plugin redefining a known type differently is refused with a message naming both sources. Identical
 * redeclarations (a plugin bundling a type it shares with another) are accepted.
 */
public final class TypeSystemMerger {

    private record Declared(String source, TypeDescription type) {}

    private final Map<String, Declared> typesByName = new HashMap<>();
    private final Map<String, TypeSystemDescription> partsBySource = new LinkedHashMap<>();

    /**
     * The first conflict between {@code types} and the types already added, described for a user (names the
     * type, both sources and both shapes), or empty. {@code types} must have its imports resolved.
     */
    public Optional<String> conflict(TypeSystemDescription types) {
        for (TypeDescription type : types.getTypes()) {
            Declared known = typesByName.get(type.getName());
            if (known != null && !shape(known.type()).equals(shape(type))) {
                return Optional.of("type " + type.getName() + " " + shape(type)
                        + " conflicts with the type of the same name from " + known.source() + " "
                        + shape(known.type()));
            }
        }
        return Optional.empty();
    }

    /** Adds {@code types} (imports resolved) declared by {@code source}: "built-in" or a jar name. */
    public void add(String source, TypeSystemDescription types) {
        for (TypeDescription type : types.getTypes()) {
            typesByName.putIfAbsent(type.getName(), new Declared(source, type));
        }
        partsBySource.put(source, types);
    }

    /** Takes back the types {@code source} added (a plugin refused after its types were merged). */
    public void remove(String source) {
        partsBySource.remove(source);
        typesByName.values().removeIf(declared -> declared.source().equals(source));
        // a type also declared identically by a source still present stays known through it
        partsBySource.forEach((other, types) -> {
            for (TypeDescription type : types.getTypes()) {
                typesByName.putIfAbsent(type.getName(), new Declared(other, type));
            }
        });
    }

    /** The names of all added types. */
    public Set<String> names() {
        return Set.copyOf(typesByName.keySet());
    }

    /** All added types as one description. */
    public TypeSystemDescription merged(ResourceManager resourceManager) throws ResourceInitializationException {
        return CasCreationUtils.mergeTypeSystems(List.copyOf(partsBySource.values()), resourceManager);
    }

    /** Supertype and features (name:range, sorted), the parts of a type that must agree between declarations. */
    private static String shape(TypeDescription type) {
        TreeSet<String> features = new TreeSet<>();
        for (FeatureDescription feature : Objects.requireNonNullElse(type.getFeatures(), new FeatureDescription[0])) {
            String range = feature.getRangeTypeName()
                    + (feature.getElementType() == null ? "" : "<" + feature.getElementType() + ">");
            features.add(feature.getName() + ":" + range);
        }
        return "(extends " + type.getSupertypeName() + ", features " + String.join(", ", features) + ")";
    }
}
