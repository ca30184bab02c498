package org.lectern.pipeline.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.lectern.api.LecternApi;

/**
 * Builds plugin jars in tests: compiles Java sources against the test class path with the JDK compiler and
 * packs them with resources and a manifest declaring (or not) the Lectern API version.
 */
final class PluginJarBuilder {

    private final Path workDir;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private String apiVersion = String.valueOf(LecternApi.VERSION);

    PluginJarBuilder(Path workDir) {
        this.workDir = workDir;
    }

    /** Adds a source file; {@code className} is fully qualified. */
    PluginJarBuilder java(String className, String source) {
        sources.put(className, source);
        return this;
    }

    PluginJarBuilder resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /** The manifest's API version; null leaves the attribute out. */
    PluginJarBuilder apiVersion(String version) {
        this.apiVersion = version;
        return this;
    }

    /**
     * A plugin with one annotator {@code name} ({@code package.TokenAnnotator}, registered by
     * {@code package.Provider}) that writes a DKPro Token for each match of its {@code tokenPattern} parameter.
     */
    PluginJarBuilder tokenizer(String packageName, String name) {
        java(packageName + ".TokenAnnotator", """
                package %s;

                import java.util.regex.Matcher;
                import java.util.regex.Pattern;
                import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
                import org.apache.uima.fit.descriptor.ConfigurationParameter;
                import org.apache.uima.fit.descriptor.ResourceMetaData;
                import org.apache.uima.jcas.JCas;
                import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

                @ResourceMetaData(description = "Tokens by regular expression")
                public class TokenAnnotator extends JCasAnnotator_ImplBase {
                    @ConfigurationParameter(name = "tokenPattern", defaultValue = "\\\\w+|[^\\\\w\\\\s]",
                            description = "What a token looks like")
                    private String tokenPattern;

                    @Override
                    public void process(JCas jcas) {
                        Matcher m = Pattern.compile(tokenPattern).matcher(jcas.getDocumentText());
                        while (m.find()) {
                            new Token(jcas, m.start(), m.end()).addToIndexes();
                        }
                    }
                }
                """.formatted(packageName));
        provider(packageName, name, "TokenAnnotator");
        return this;
    }

    /**
     * A plugin declaring type {@code typeName} (an annotation with the given {@code name:range} features) for
     * auto-detection and an annotator {@code name} that marks every occurrence of its {@code word} parameter
     * with it through the CAS API.
     */
    PluginJarBuilder typeMarker(String packageName, String name, String typeName, String... features) {
        StringBuilder featureXml = new StringBuilder();
        for (String feature : features) {
            String[] nameAndRange = feature.split(":");
            featureXml
                    .append("<featureDescription><name>")
                    .append(nameAndRange[0])
                    .append("</name><rangeTypeName>")
                    .append(nameAndRange[1])
                    .append("</rangeTypeName></featureDescription>");
        }
        String descriptor = packageName.replace('.', '/') + "/types.xml";
        resource("META-INF/org.apache.uima.fit/types.txt", "classpath*:" + descriptor + "\n");
        resource(descriptor, """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
                  <types><typeDescription><name>%s</name><supertypeName>uima.tcas.Annotation</supertypeName>
                    <features>%s</features></typeDescription></types>
                </typeSystemDescription>
                """.formatted(typeName, featureXml));
        java(packageName + ".MarkAnnotator", """
                package %s;

                import org.apache.uima.cas.CAS;
                import org.apache.uima.fit.component.CasAnnotator_ImplBase;
                import org.apache.uima.fit.descriptor.ConfigurationParameter;

                public class MarkAnnotator extends CasAnnotator_ImplBase {
                    @ConfigurationParameter(name = "word")
                    private String word;

                    @Override
                    public void process(CAS cas) {
                        String text = cas.getDocumentText();
                        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                            cas.addFsToIndexes(cas.createAnnotation(cas.getTypeSystem().getType("%s"), i,
                                    i + word.length()));
                        }
                    }
                }
                """.formatted(packageName, typeName));
        provider(packageName, name, "MarkAnnotator");
        return this;
    }

    /**
     * A plugin with a JCas class for {@code typeName} (a minimal hand-written one, as JCasGen would write it) and
     * an annotator {@code name} declaring it as its {@code @TypeCapability} output, but no type system
     * descriptor: add {@code types.txt} and a descriptor with {@link #resource} to make it complete.
     */
    PluginJarBuilder jcasTypeOnly(String packageName, String name, String typeName) {
        String simpleName = typeName.substring(typeName.lastIndexOf('.') + 1);
        java(typeName, """
                package %1$s;

                import org.apache.uima.cas.impl.CASImpl;
                import org.apache.uima.cas.impl.TypeImpl;
                import org.apache.uima.jcas.JCas;
                import org.apache.uima.jcas.JCasRegistry;
                import org.apache.uima.jcas.tcas.Annotation;

                public class %2$s extends Annotation {
                    public static final String _TypeName = "%3$s";
                    public static final int typeIndexID = JCasRegistry.register(%2$s.class);
                    public static final int type = typeIndexID;

                    @Override
                    public int getTypeIndexID() { return typeIndexID; }

                    protected %2$s() {}

                    public %2$s(TypeImpl type, CASImpl casImpl) { super(type, casImpl); }

                    public %2$s(JCas jcas, int begin, int end) {
                        super(jcas);
                        setBegin(begin);
                        setEnd(end);
                    }
                }
                """.formatted(typeName.substring(0, typeName.lastIndexOf('.')), simpleName, typeName));
        java(packageName + ".TypedAnnotator", """
                package %s;

                import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
                import org.apache.uima.fit.descriptor.TypeCapability;
                import org.apache.uima.jcas.JCas;

                @TypeCapability(outputs = "%s")
                public class TypedAnnotator extends JCasAnnotator_ImplBase {
                    @Override
                    public void process(JCas jcas) {
                        new %s(jcas, 0, 1).addToIndexes();
                    }
                }
                """.formatted(packageName, typeName, typeName));
        provider(packageName, name, "TypedAnnotator");
        return this;
    }

    /** A plugin whose annotator {@code name} rejects in {@code initialize()} a {@code minLength} below 1. */
    PluginJarBuilder picky(String packageName, String name) {
        java(packageName + ".PickyAnnotator", """
                package %s;

                import org.apache.uima.UimaContext;
                import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
                import org.apache.uima.fit.descriptor.ConfigurationParameter;
                import org.apache.uima.jcas.JCas;
                import org.apache.uima.resource.ResourceInitializationException;

                public class PickyAnnotator extends JCasAnnotator_ImplBase {
                    @ConfigurationParameter(name = "minLength", defaultValue = "3")
                    private int minLength;

                    @Override
                    public void initialize(UimaContext context) throws ResourceInitializationException {
                        super.initialize(context);
                        if (minLength < 1) {
                            throw new ResourceInitializationException(
                                    new IllegalArgumentException("minLength must be at least 1, got " + minLength));
                        }
                    }

                    @Override
                    public void process(JCas jcas) {}
                }
                """.formatted(packageName));
        provider(packageName, name, "PickyAnnotator");
        return this;
    }

    private void provider(String packageName, String name, String engineClass) {
        java(packageName + ".Provider", """
                package %s;

                public class Provider implements org.lectern.api.AnnotatorProvider {
                    public String name() { return "%s"; }
                    public Class<? extends org.apache.uima.analysis_component.AnalysisComponent> engineClass() {
                        return %s.class;
                    }
                }
                """.formatted(packageName, name, engineClass));
        resources.merge(
                "META-INF/services/org.lectern.api.AnnotatorProvider", packageName + ".Provider\n", String::concat);
    }

    /** Compiles and packs the jar as {@code jar}. */
    Path build(Path jar) throws IOException {
        Path classes = Files.createTempDirectory(workDir, "classes");
        compile(classes);
        resources.forEach((path, content) -> write(classes.resolve(path), content));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (apiVersion != null) {
            manifest.getMainAttributes().putValue(LecternApi.MANIFEST_ATTRIBUTE, apiVersion);
        }
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? entry + "/" : entry));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private void compile(Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        Path sourceDir = Files.createTempDirectory(workDir, "src");
        List<String> arguments = new ArrayList<>(
                List.of("-d", classes.toString(), "-classpath", testClassPath(), "-proc:none", "-nowarn"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
            write(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, OutputStream.nullOutputStream(), System.err, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("test plugin sources do not compile: " + new TreeSet<>(sources.keySet()));
        }
    }

    /** Surefire runs tests from a manifest-only jar and publishes the real class path in this property. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
