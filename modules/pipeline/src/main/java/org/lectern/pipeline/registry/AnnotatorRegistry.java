package org.lectern.pipeline.registry;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.lectern.api.AnnotatorProvider;
import org.lectern.pipeline.plugin.PluginClassLoader;
import org.lectern.pipeline.plugin.PluginJar;
import org.lectern.pipeline.plugin.TypeSystemMerger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotators a pipeline can use: the built-ins found by {@link ServiceLoader} on Lectern's class path and
 * those of plugin jars, registered the same way, so that a pipeline can swap one for the other by name. Also
 * the merged type system of all of them and the class loader UIMA needs to find plugin classes.
 *
 * <p>Problems with plugins (corrupt jar, wrong API version, duplicate annotator name, conflicting types) never
 * stop the others from loading: each is logged and listed in {@link #problems()}, naming the jar.
 */
public final class AnnotatorRegistry {

    /** {@link AnnotatorInfo#source()} of annotators on Lectern's own class path. */
    public static final String BUILT_IN = "built-in";

    private static final Logger LOG = LoggerFactory.getLogger(AnnotatorRegistry.class);

    private final Map<String, AnnotatorInfo> annotatorsByName;
    private final List<String> problems;
    private final Map<String, String> unavailable;
    private final PluginFolder pluginFolder;
    private final ClassLoader classLoader;
    private final TypeSystemDescription typeSystem;

    private AnnotatorRegistry(
            Map<String, AnnotatorInfo> annotatorsByName,
            List<String> problems,
            Map<String, String> unavailable,
            PluginFolder pluginFolder,
            ClassLoader classLoader,
            TypeSystemDescription typeSystem) {
        this.annotatorsByName = annotatorsByName;
        this.problems = List.copyOf(problems);
        this.unavailable = Map.copyOf(unavailable);
        this.pluginFolder = pluginFolder;
        this.classLoader = classLoader;
        this.typeSystem = typeSystem;
    }

    /** The annotators and types on Lectern's own class path. */
    public static AnnotatorRegistry builtIn() {
        return load(null);
    }

    /**
     * The built-ins plus every plugin jar directly inside {@code pluginsDir} ({@code null}: none). A folder
     * that does not exist is reported in {@link #problems()}.
     */
    public static AnnotatorRegistry load(Path pluginsDir) {
        return load(pluginsDir, true);
    }

    /**
     * As {@link #load(Path)}; when {@code required} is false a missing folder is no problem (the default folder
     * beside the launcher), only described by {@link #pluginFolder()}.
     */
    public static AnnotatorRegistry load(Path pluginsDir, boolean required) {
        ClassLoader lecternLoader = AnnotatorRegistry.class.getClassLoader();
        List<String> problems = new ArrayList<>();
        Map<String, String> unavailable = new HashMap<>();
        Registration registration = new Registration(problems, unavailable);
        TypeSystemMerger types = new TypeSystemMerger();

        types.add(BUILT_IN, builtInTypes(lecternLoader));
        try {
            for (AnnotatorProvider provider : ServiceLoader.load(AnnotatorProvider.class, lecternLoader)) {
                registration.register(provider, BUILT_IN);
            }
        } catch (ServiceConfigurationError e) {
            problems.add("built-in annotator provider cannot be loaded: " + e.getMessage());
        }

        PluginFolderLoader.Loaded plugins =
                new PluginFolderLoader(problems, unavailable).load(pluginsDir, required, lecternLoader, types);
        List<URLClassLoader> pluginLoaders = new ArrayList<>();
        for (PluginJar plugin : plugins.plugins()) {
            pluginLoaders.add(plugin.classLoader());
            plugin.providers().forEach(provider -> registration.register(provider, plugin.name()));
        }
        problems.forEach(LOG::warn);
        for (PluginJar plugin : plugins.plugins()) {
            LOG.info("loaded plugin {} (annotators: {})", plugin.name(), registration.namesFrom(plugin.name()));
        }

        ClassLoader classLoader =
                pluginLoaders.isEmpty() ? lecternLoader : new PluginClassLoader(lecternLoader, pluginLoaders);
        TypeSystemDescription typeSystem;
        try {
            typeSystem = types.merged(newResourceManager(classLoader));
        } catch (ResourceInitializationException e) {
            // conflicts are caught per plugin above, so this is a broken installation, not a plugin problem
            throw new IllegalStateException("cannot merge the type systems of Lectern and its plugins", e);
        }
        return new AnnotatorRegistry(
                registration.sortedByName(), problems, unavailable, plugins.folder(), classLoader, typeSystem);
    }

    /** All annotators, sorted by name. */
    public List<AnnotatorInfo> annotators() {
        return List.copyOf(annotatorsByName.values());
    }

    public Optional<AnnotatorInfo> find(String name) {
        return Optional.ofNullable(annotatorsByName.get(name));
    }

    /** All auto-detected types of the built-ins and the loaded plugins, merged. */
    public TypeSystemDescription typeSystem() {
        return typeSystem;
    }

    /** A resource manager whose class loader sees plugin classes: use it for engines and CASes. */
    public ResourceManager newResourceManager() {
        return newResourceManager(classLoader);
    }

    /** The class loader that sees Lectern's and all loaded plugins' classes and resources. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Plugin and provider load errors, each naming the jar (or "built-in"), in load order. */
    public List<String> problems() {
        return problems;
    }

    /** Where plugins were searched and how many jars were loaded. */
    public PluginFolder pluginFolder() {
        return pluginFolder;
    }

    /** Why an annotator a plugin jar provides is not available (the jar refused, the name ambiguous), if so. */
    public Optional<String> whyUnavailable(String name) {
        return Optional.ofNullable(unavailable.get(name));
    }

    private static ResourceManager newResourceManager(ClassLoader classLoader) {
        ResourceManager resourceManager = UIMAFramework.newDefaultResourceManager();
        if (classLoader != AnnotatorRegistry.class.getClassLoader()) {
            resourceManager.setExtensionClassLoader(classLoader, true);
        }
        return resourceManager;
    }

    private static TypeSystemDescription builtInTypes(ClassLoader lecternLoader) {
        // uimaFIT scans the thread's context class loader: point it at Lectern's own for a stable result
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(lecternLoader);
        try {
            TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription();
            types.resolveImports();
            return types;
        } catch (ResourceInitializationException | InvalidXMLException e) {
            throw new IllegalStateException("cannot read Lectern's built-in type system", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
