package org.lectern.pipeline.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.lectern.api.AnnotatorProvider;
import org.lectern.api.LecternApi;
import org.springframework.util.AntPathMatcher;

/**
 * Opens plugin jars: checks that the jar is readable and declares the Lectern API version this build
 * provides, gives it its own class loader, reads the types it declares for uimaFIT's type auto-detection and
 * finds its {@link AnnotatorProvider}s with {@link ServiceLoader}, exactly as for built-in annotators.
 */
public final class PluginLoader {

    /** Where uimaFIT looks for type system descriptor locations. */
    public static final String TYPES_MANIFEST = "META-INF/org.apache.uima.fit/types.txt";

    private PluginLoader() {}

    /** The {@code *.jar} files directly inside {@code pluginsDir}, sorted by name so that loading is stable. */
    public static List<Path> jarsIn(Path pluginsDir) throws IOException {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Opens one plugin jar with a class loader whose parent is {@code parent}.
     *
     * @throws PluginException naming the jar, if it is corrupt, declares another or no API version, has an
     *                         unreadable type system or a provider that cannot be instantiated
     */
    public static PluginJar open(Path jar, ClassLoader parent) throws PluginException {
        String name = jar.getFileName().toString();
        List<String> typesListed;
        List<URL> typeDescriptors;
        List<String> jcasCandidates;
        try (JarFile jarFile = new JarFile(jar.toFile(), true)) {
            checkApiVersion(name, jarFile.getManifest());
            typesListed = typesListed(jarFile);
            typeDescriptors = typeDescriptors(jar, jarFile, typesListed);
            jcasCandidates = JCasClasses.candidates(jarFile);
        } catch (IOException | SecurityException e) {
            throw new PluginException("plugin " + name + " is not a readable jar (corrupt or truncated?): " + e, e);
        }
        URLClassLoader classLoader = newClassLoader(jar, parent);
        try {
            TypeSystemDescription types = types(name, typeDescriptors);
            List<AnnotatorProvider> providers = providers(name, classLoader);
            String inJar = "jar:" + jar.toUri() + "!/";
            return new PluginJar(
                    jar,
                    classLoader,
                    types,
                    providers,
                    typesListed != null,
                    typesListed == null ? List.of() : typesListed,
                    typeDescriptors.stream()
                            .map(url -> url.toString().substring(inJar.length()))
                            .toList(),
                    JCasClasses.confirmed(jcasCandidates, classLoader));
        } catch (PluginException | RuntimeException | LinkageError e) {
            close(classLoader);
            throw e;
        }
    }

    private static void checkApiVersion(String name, Manifest manifest) throws PluginException {
        String declared =
                manifest == null ? null : manifest.getMainAttributes().getValue(LecternApi.MANIFEST_ATTRIBUTE);
        if (declared == null) {
            throw new PluginException("plugin " + name + " does not declare the Lectern API version it was built for"
                    + " (manifest attribute " + LecternApi.MANIFEST_ATTRIBUTE + ": " + LecternApi.VERSION + ")");
        }
        if (!declared.strip().equals(String.valueOf(LecternApi.VERSION))) {
            throw new PluginException("plugin " + name + " was built for Lectern API version " + declared.strip()
                    + ", but this Lectern provides API version " + LecternApi.VERSION + "; rebuild the plugin");
        }
    }

    /** The locations the jar's own {@code types.txt} lists (comments and blank lines left out), null without one. */
    private static List<String> typesListed(JarFile jarFile) throws IOException {
        JarEntry typesManifest = jarFile.getJarEntry(TYPES_MANIFEST);
        if (typesManifest == null) {
            return null;
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(jarFile.getInputStream(typesManifest), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** Descriptor URLs of the locations {@code types.txt} lists, patterns matched against the jar's entries. */
    private static List<URL> typeDescriptors(Path jar, JarFile jarFile, List<String> locations) throws IOException {
        if (locations == null) {
            return List.of();
        }
        List<String> patterns =
                locations.stream().map(PluginLoader::pathPattern).toList();
        AntPathMatcher matcher = new AntPathMatcher();
        String jarUrl = "jar:" + jar.toUri() + "!/";
        List<URL> urls = new ArrayList<>();
        for (JarEntry entry : Collections.list(jarFile.entries())) {
            if (!entry.isDirectory() && patterns.stream().anyMatch(p -> matcher.match(p, entry.getName()))) {
                urls.add(new URL(jarUrl + entry.getName()));
            }
        }
        return urls;
    }

    private static String pathPattern(String location) {
        String path = location.replaceFirst("^classpath\\*?:", "");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static URLClassLoader newClassLoader(Path jar, ClassLoader parent) throws PluginException {
        try {
            return new URLClassLoader(
                    "plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (IOException e) {
            throw new PluginException("plugin " + jar.getFileName() + ": cannot build a class loader: " + e, e);
        }
    }

    private static TypeSystemDescription types(String name, List<URL> descriptors) throws PluginException {
        TypeSystemDescription types = descriptors.isEmpty()
                ? UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription()
                : TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(
                        descriptors.stream().map(URL::toString).toArray(String[]::new));
        try {
            types.resolveImports();
            return types;
        } catch (InvalidXMLException e) {
            throw new PluginException(
                    "plugin " + name + " has an invalid type system descriptor: " + e.getMessage(), e);
        }
    }

    private static List<AnnotatorProvider> providers(String name, ClassLoader classLoader) throws PluginException {
        List<AnnotatorProvider> providers = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<AnnotatorProvider> provider :
                    ServiceLoader.load(AnnotatorProvider.class, classLoader).stream()
                            .toList()) {
                // the loader also sees the built-ins through its parent; keep the jar's own providers
                if (provider.type().getClassLoader() == classLoader) {
                    providers.add(provider.get());
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginException(
                    "plugin " + name + " has an annotator provider that cannot be loaded: " + e.getMessage(), e);
        }
        if (providers.isEmpty()) {
            throw new PluginException("plugin " + name + " provides no annotator (no META-INF/services/"
                    + AnnotatorProvider.class.getName() + " entry in the jar)");
        }
        return providers;
    }

    /** Releases the jar file a refused plugin's loader holds open. */
    public static void close(URLClassLoader classLoader) {
        try {
            classLoader.close();
        } catch (IOException e) {
            // nothing is left to release when closing fails
        }
    }
}
