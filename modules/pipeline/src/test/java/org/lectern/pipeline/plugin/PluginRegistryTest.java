package org.lectern.pipeline.plugin;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.api.testing.TestDocuments;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorInfo;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.registry.ParameterInfo;
import org.lectern.type.Boilerplate;

class PluginRegistryTest {

    @TempDir
    Path work;

    private Path plugins() throws IOException {
        return Files.createDirectories(work.resolve("plugins"));
    }

    private PluginJarBuilder plugin() {
        return new PluginJarBuilder(work);
    }

    @Test
    void pluginAnnotatorIsListedWithItsJarDescriptionAndParameters() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "regex-tokenizer").build(plugins.resolve("tok.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems()).isEmpty();
        AnnotatorInfo info = registry.find("regex-tokenizer").orElseThrow();
        assertThat(info.source()).isEqualTo("tok.jar");
        assertThat(info.description()).isEqualTo("Tokens by regular expression");
        assertThat(info.parameters())
                .containsExactly(new ParameterInfo(
                        "tokenPattern", "String", false, List.of("\\w+|[^\\w\\s]"), "What a token looks like"));
        assertThat(registry.find("segmenter").orElseThrow().source()).isEqualTo(AnnotatorRegistry.BUILT_IN);
        assertThat(registry.annotators()).extracting(AnnotatorInfo::name).isSorted();
    }

    @Test
    void pluginTypesAreMergedAndItsEngineRunsOnCasesOfTheRegistry() throws Exception {
        Path plugins = plugins();
        plugin().typeMarker("org.test.marks", "marker", "org.test.marks.Mark", "note:uima.cas.String")
                .build(plugins.resolve("marks.jar"));
        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);
        assertThat(registry.problems()).isEmpty();
        assertThat(Arrays.stream(registry.typeSystem().getTypes()).map(TypeDescription::getName))
                .contains("org.test.marks.Mark", "org.lectern.type.Boilerplate");

        Path pipelineFile = pipeline(work, "<annotator name=\"marker\"><param name=\"word\">ab</param></annotator>");
        PipelineDefinition definition = new PipelineParser(registry).parse(pipelineFile);
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(
                definition.engineDescription(), registry.newResourceManager(), null);
        CAS cas = CasCreationUtils.createCas(registry.typeSystem(), null, null, null, registry.newResourceManager());
        cas.setDocumentText("ab cd ab");
        engine.process(cas);

        Type mark = cas.getTypeSystem().getType("org.test.marks.Mark");
        assertThat(cas.<AnnotationFS>getAnnotationIndex(mark).select().asList())
                .extracting(AnnotationFS::getBegin, AnnotationFS::getEnd)
                .containsExactly(tuple(0, 2), tuple(6, 8));
    }

    @Test
    void corruptJarIsReportedAndDoesNotStopOtherPlugins() throws Exception {
        Path plugins = plugins();
        Files.write(plugins.resolve("broken.jar"), "this is not a zip file".getBytes());
        plugin().tokenizer("org.test.tok", "regex-tokenizer").build(plugins.resolve("tok.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .singleElement()
                .asString()
                .startsWith("plugin broken.jar is not a readable jar (corrupt or truncated?): ");
        assertThat(registry.find("regex-tokenizer")).isPresent();
    }

    @Test
    void jarWithoutApiVersionIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "regex-tokenizer").apiVersion(null).build(plugins.resolve("old.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin old.jar does not declare the Lectern API version it"
                        + " was built for (manifest attribute Lectern-Api-Version: 1)");
        assertThat(registry.find("regex-tokenizer")).isEmpty();
    }

    @Test
    void jarForAnotherApiVersionIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "regex-tokenizer").apiVersion("2").build(plugins.resolve("future.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin future.jar was built for Lectern API version 2,"
                        + " but this Lectern provides API version 1; rebuild the plugin");
        assertThat(registry.find("regex-tokenizer")).isEmpty();
    }

    @Test
    void pluginAnnotatorNamedLikeABuiltInIsIgnored() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "segmenter").build(plugins.resolve("impostor.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin impostor.jar: annotator 'segmenter' ignored: an"
                        + " annotator of that name is already provided by Lectern (built-in)");
        assertThat(registry.find("segmenter").orElseThrow().source()).isEqualTo(AnnotatorRegistry.BUILT_IN);
    }

    @Test
    void twoPluginsWithTheSameAnnotatorNameAreAnErrorNamingBothJars() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.one", "regex-tokenizer").build(plugins.resolve("a-first.jar"));
        plugin().tokenizer("org.test.two", "regex-tokenizer").build(plugins.resolve("b-second.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        String problem = "annotator 'regex-tokenizer' is provided by two plugins, a-first.jar and b-second.jar:"
                + " neither is loaded; keep only one of these jars in the plugins folder";
        assertThat(registry.problems()).containsExactly(problem);
        assertThat(registry.find("regex-tokenizer")).isEmpty();
        assertThat(registry.whyUnavailable("regex-tokenizer")).contains(problem);
    }

    @Test
    void pluginRedefiningAnotherPluginsTypeIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().typeMarker("org.test.a", "marker-a", "org.test.Shared", "note:uima.cas.String")
                .build(plugins.resolve("a.jar"));
        plugin().typeMarker("org.test.b", "marker-b", "org.test.Shared", "note:uima.cas.Integer")
                .build(plugins.resolve("b.jar"));
        plugin().typeMarker("org.test.c", "marker-c", "org.test.Shared", "note:uima.cas.String")
                .build(plugins.resolve("c.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin b.jar refused: its type org.test.Shared"
                        + " (extends uima.tcas.Annotation, features note:uima.cas.Integer) conflicts with the type of the"
                        + " same name from a.jar (extends uima.tcas.Annotation, features note:uima.cas.String)");
        // an identical declaration is no conflict
        assertThat(registry.annotators())
                .extracting(AnnotatorInfo::name)
                .contains("marker-a", "marker-c")
                .doesNotContain("marker-b");
    }

    @Test
    void pluginRedefiningABuiltInTypeIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().typeMarker("org.test.a", "marker", "org.lectern.type.Boilerplate", "kind:uima.cas.Integer")
                .build(plugins.resolve("clash.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .singleElement()
                .asString()
                .startsWith("plugin clash.jar refused: its type org.lectern.type.Boilerplate (extends"
                        + " uima.tcas.Annotation, features kind:uima.cas.Integer) conflicts with the type of the"
                        + " same name from built-in");
    }

    @Test
    void jarWithoutProvidersOrWithAMissingProviderClassIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().resource("README.txt", "no code").build(plugins.resolve("empty.jar"));
        plugin().resource("META-INF/services/org.lectern.api.AnnotatorProvider", "org.test.Missing\n")
                .build(plugins.resolve("missing-class.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly(
                        "plugin empty.jar provides no annotator (no META-INF/services/org.lectern.api.AnnotatorProvider"
                                + " entry in the jar)",
                        "plugin missing-class.jar has an annotator provider that cannot be loaded:"
                                + " org.lectern.api.AnnotatorProvider: Provider org.test.Missing not found");
    }

    @Test
    void jarWithABrokenTypeSystemDescriptorIsRefused() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "regex-tokenizer")
                .resource("META-INF/org.apache.uima.fit/types.txt", "classpath*:org/test/tok/types.xml\n")
                .resource(
                        "org/test/tok/types.xml",
                        "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">")
                .build(plugins.resolve("bad-types.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .singleElement()
                .asString()
                .startsWith("plugin bad-types.jar has an invalid type system descriptor: ");
        assertThat(registry.find("regex-tokenizer")).isEmpty();
    }

    @Test
    void missingPluginsFolderIsAProblem() {
        Path absent = work.resolve("no-plugins");
        assertThat(AnnotatorRegistry.load(absent).problems())
                .containsExactly("plugins folder " + absent + " does not exist or is not a folder");
    }

    @Test
    void pluginAnnotatorReplacesABuiltInInThePipelineXml() throws Exception {
        Path plugins = plugins();
        plugin().tokenizer("org.test.tok", "regex-tokenizer").build(plugins.resolve("tok.jar"));
        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);
        PipelineParser parser = new PipelineParser(registry);
        String keywords = "<annotator name=\"keywords\"><param name=\"keywords\">lectern,plugins</param></annotator>";
        String text = "Lectern loads plugins. Plugins swap built-ins!";

        List<Object> builtIn = keywordSpans(
                registry,
                parser.parse(pipeline(work.resolve("a"), "<annotator name=\"segmenter\"/>" + keywords)),
                text);
        List<Object> swapped = keywordSpans(
                registry,
                parser.parse(pipeline(work.resolve("b"), "<annotator name=\"regex-tokenizer\"/>" + keywords)),
                text);

        assertThat(builtIn).containsExactly(tuple(0, 7), tuple(14, 21), tuple(23, 30));
        assertThat(swapped).isEqualTo(builtIn);
    }

    private static List<Object> keywordSpans(AnnotatorRegistry registry, PipelineDefinition definition, String text)
            throws Exception {
        // engines must be created with the registry's resource manager to find plugin classes
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(
                definition.engineDescription(), registry.newResourceManager(), null);
        JCas jcas = TestDocuments.document(text, "en");
        engine.process(jcas);
        return select(jcas, Boilerplate.class).stream()
                .map(b -> (Object) tuple(b.getBegin(), b.getEnd()))
                .toList();
    }

    /** A pipeline file in {@code dir} running {@code steps}. */
    static Path pipeline(Path dir, String steps) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("pipeline.xml"), """
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="text" source="in"/>
                  %s
                  <writer type="xmi" target="out"/>
                </pipeline>
                """.formatted(steps));
    }
}
