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
 */
public record PluginJar(
        Path path, URLClassLoader classLoader, TypeSystemDescription types, List<AnnotatorProvider> providers) {

    public PluginJar {
        providers = List.copyOf(providers);
    }

    /** The jar's file name, used to name the plugin in listings and error messages. */
    public String name() {
        return path.getFileName().toString();
    }
}
