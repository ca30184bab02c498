package org.lectern.pipeline.plugin;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.lectern.api.AnnotatorProvider;

/**
 * A plugin jar that passed the checks of {@link PluginLoader}.
 *
 * @param path        the jar file
 * @param classLoader the plugin's own class loader (parent: Lectern's class loader)
 * @param types       the types the jar declares through {@code META-INF/org.apache.uima.fit/types.txt}, imports
 *                    resolved (empty when it declares none)
 * @param providers   the annotator providers defined in the jar itself
 * @param typesListed the lines of the jar's {@code types.txt}, or empty when it has none (see {@link
 *                    #hasTypesManifest()})
 * @param descriptors the jar entries {@code types.txt} matched
 * @param jcasTypes   the names of the JCas classes in the jar (each the name of its UIMA type)
 */
public record PluginJar(
        Path path,
        URLClassLoader classLoader,
        TypeSystemDescription types,
        List<AnnotatorProvider> providers,
        boolean hasTypesManifest,
        List<String> typesListed,
        List<String> descriptors,
        List<String> jcasTypes) {

    public PluginJar {
        providers = List.copyOf(providers);
        typesListed = List.copyOf(typesListed);
        descriptors = List.copyOf(descriptors);
        jcasTypes = List.copyOf(jcasTypes);
    }

    /** The jar's file name, used to name the plugin in listings and error messages. */
    public String name() {
        return path.getFileName().toString();
    }
}
