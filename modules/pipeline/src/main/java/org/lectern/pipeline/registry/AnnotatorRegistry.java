package org.lectern.pipeline.registry;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.lectern.api.AnnotatorProvider;
import org.lectern.pipeline.plugin.PluginClassLoader;
import org.lectern.pipeline.plugin.PluginException;
import org.lectern.pipeline.plugin.PluginJar;
import org.lectern.pipeline.plugin.PluginLoader;
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
    private static final Pattern ANNOTATOR_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, AnnotatorInfo> annotatorsByName;
    private final List<String> problems;
    private final ClassLoader classLoader;
    private final TypeSystemDescription typeSystem;

    private AnnotatorRegistry(
            Map<String, AnnotatorInfo> annotatorsByName,
            List<String> problems,
            ClassLoader classLoader,
            TypeSystemDescription typeSystem) {
        this.annotatorsByName = annotatorsByName;
        this.problems = List.copyOf(problems);
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
        ClassLoader lecternLoader = AnnotatorRegistry.class.getClassLoader();
        Map<String, AnnotatorInfo> annotators = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        TypeSystemMerger types = new TypeSystemMerger();

        types.add(BUILT_IN, builtInTypes(lecternLoader));
        try {
            for (AnnotatorProvider provider : ServiceLoader.load(AnnotatorProvider.class, lecternLoader)) {
                register(provider, BUILT_IN, annotators, problems);
            }
        } catch (ServiceConfigurationError e) {
            problem(problems, "built-in annotator provider cannot be loaded: " + e.getMessage());
        }

        List<URLClassLoader> pluginLoaders = new ArrayList<>();
        for (Path jar : pluginJars(pluginsDir, problems)) {
            try {
                PluginJar plugin = PluginLoader.open(jar, lecternLoader);
                Optional<String> conflict = types.conflict(plugin.types());
                if (conflict.isPresent()) {
                    PluginLoader.close(plugin.classLoader());
                    problem(problems, "plugin " + plugin.name() + " refused: its " + conflict.get());
                    continue;
                }
                types.add(plugin.name(), plugin.types());
                pluginLoaders.add(plugin.classLoader());
                for (AnnotatorProvider provider : plugin.providers()) {
                    register(provider, plugin.name(), annotators, problems);
                }
                LOG.info(
                        "loaded plugin {} ({} annotators)",
                        plugin.name(),
                        plugin.providers().size());
            } catch (PluginException e) {
                problem(problems, e.getMessage());
            }
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
        List<AnnotatorInfo> sorted = new ArrayList<>(annotators.values());
        sorted.sort(Comparator.comparing(AnnotatorInfo::name));
        Map<String, AnnotatorInfo> byName = new LinkedHashMap<>();
        sorted.forEach(info -> byName.put(info.name(), info));
        return new AnnotatorRegistry(Collections.unmodifiableMap(byName), problems, classLoader, typeSystem);
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

    private static List<Path> pluginJars(Path pluginsDir, List<String> problems) {
        if (pluginsDir == null) {
            return List.of();
        }
        if (!Files.isDirectory(pluginsDir)) {
            problem(problems, "plugins folder " + pluginsDir + " does not exist or is not a folder");
            return List.of();
        }
        try {
            return PluginLoader.jarsIn(pluginsDir);
        } catch (IOException e) {
            problem(problems, "cannot list plugins folder " + pluginsDir + ": " + e);
            return List.of();
        }
    }

    private static void register(
            AnnotatorProvider provider, String source, Map<String, AnnotatorInfo> annotators, List<String> problems) {
        String where = BUILT_IN.equals(source) ? "built-in annotator" : "plugin " + source + ": annotator";
        String name = provider.name();
        if (name == null || !ANNOTATOR_NAME.matcher(name).matches()) {
            problem(
                    problems,
                    where + " '" + name + "' (" + provider.getClass().getName()
                            + ") ignored: names are lower case letters, digits and dashes");
            return;
        }
        AnnotatorInfo known = annotators.get(name);
        if (known != null) {
            problem(
                    problems,
                    where + " '" + name + "' ignored: an annotator of that name is already provided by "
                            + (BUILT_IN.equals(known.source()) ? "Lectern (built-in)" : "plugin " + known.source()));
            return;
        }
        try {
            annotators.put(name, AnnotatorIntrospection.describe(provider, source));
        } catch (RuntimeException | LinkageError e) {
            problem(problems, where + " '" + name + "' ignored: cannot read its parameters: " + e);
        }
    }

    private static void problem(List<String> problems, String problem) {
        LOG.warn(problem);
        problems.add(problem);
    }
}
