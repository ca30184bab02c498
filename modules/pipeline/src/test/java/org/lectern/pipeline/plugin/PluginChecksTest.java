package org.lectern.pipeline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.EngineTrial;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;

/** The traps of issue 21: each gives one line naming the plugin and the cause, at load or validation time. */
class PluginChecksTest {

    private static final String TYPE = "org.test.cur.type.Currency";
    private static final String DESCRIPTOR = "org/test/cur/types.xml";
    private static final String TYPES_TXT = "META-INF/org.apache.uima.fit/types.txt";

    @TempDir
    Path work;

    private Path plugins() throws IOException {
        return Files.createDirectories(work.resolve("plugins"));
    }

    private PluginJarBuilder currencyPlugin() {
        return new PluginJarBuilder(work).jcasTypeOnly("org.test.cur", "currency", TYPE);
    }

    private static String descriptorDeclaring(String typeName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
                  <types><typeDescription><name>%s</name><supertypeName>uima.tcas.Annotation</supertypeName>
                  </typeDescription></types>
                </typeSystemDescription>
                """.formatted(typeName);
    }

    @Test
    void jcasClassWithoutTypesTxtRefusesThePluginAndValidateSaysWhy() throws Exception {
        Path plugins = plugins();
        currencyPlugin().resource(DESCRIPTOR, descriptorDeclaring(TYPE)).build(plugins.resolve("cur.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        String problem = "plugin cur.jar refused: type " + TYPE + " (a JCas class in the jar) is in no type system;"
                + " likely cause: the jar has no " + TYPES_TXT + " (it must list the type system descriptor"
                + " declaring the type, e.g. classpath*:org/example/type/MyTypes.xml)";
        assertThat(registry.problems()).containsExactly(problem);
        assertThat(registry.find("currency")).isEmpty();
        Path pipeline = PluginRegistryTest.pipeline(work, "<annotator name=\"currency\"/>");
        assertThatThrownBy(() -> new PipelineParser(registry).parse(pipeline))
                .isInstanceOf(PipelineException.class)
                .hasMessage(pipeline + ":3:3: annotator 'currency' is not available: " + problem);
    }

    @Test
    void typesTxtListingNoFileOfTheJarIsNamed() throws Exception {
        Path plugins = plugins();
        currencyPlugin()
                .resource(TYPES_TXT, "classpath*:org/test/cur/typo.xml\n")
                .build(plugins.resolve("cur.jar"));

        assertThat(AnnotatorRegistry.load(plugins).problems())
                .containsExactly("plugin cur.jar refused: type " + TYPE + " (a JCas class in the jar) is in no type"
                        + " system; likely cause: the jar's " + TYPES_TXT + " lists classpath*:org/test/cur/typo.xml,"
                        + " which matches no file in the jar");
    }

    @Test
    void typeCapabilityOutputMissingFromTheListedDescriptorIsNamed() throws Exception {
        Path plugins = plugins();
        currencyPlugin()
                .resource(TYPES_TXT, "classpath*:" + DESCRIPTOR + "\n")
                .resource(DESCRIPTOR, descriptorDeclaring(TYPE))
                .java("org.test.cur.Other", """
                        package org.test.cur;
                        @org.apache.uima.fit.descriptor.TypeCapability(outputs = "org.test.cur.type.Rate:value")
                        public class Other extends org.apache.uima.fit.component.JCasAnnotator_ImplBase {
                            public void process(org.apache.uima.jcas.JCas jcas) {}
                        }
                        """)
                .java("org.test.cur.OtherProvider", """
                        package org.test.cur;
                        public class OtherProvider implements org.lectern.api.AnnotatorProvider {
                            public String name() { return "rates"; }
                            public Class<Other> engineClass() { return Other.class; }
                        }
                        """)
                .resource(
                        "META-INF/services/org.lectern.api.AnnotatorProvider",
                        "org.test.cur.Provider\n" + "org.test.cur.OtherProvider\n")
                .build(plugins.resolve("cur.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin cur.jar refused: type org.test.cur.type.Rate (a @TypeCapability output of"
                        + " annotator 'rates') is in no type system; likely cause: no descriptor listed in the jar's "
                        + TYPES_TXT + " (" + DESCRIPTOR + ") declares it");
        assertThat(registry.whyUnavailable("currency")).isPresent();
        assertThat(registry.typeSystem().getType(TYPE))
                .as("a refused jar's types are taken back")
                .isNull();
    }

    @Test
    void completePluginWithItsJCasClassRuns() throws Exception {
        Path plugins = plugins();
        currencyPlugin()
                .resource(TYPES_TXT, "classpath*:" + DESCRIPTOR + "\n")
                .resource(DESCRIPTOR, descriptorDeclaring(TYPE))
                .build(plugins.resolve("cur.jar"));
        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);
        assertThat(registry.problems()).isEmpty();

        PipelineDefinition definition = new PipelineParser(registry, true)
                .parse(PluginRegistryTest.pipeline(work, "<annotator name=\"currency\"/>"));
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(
                definition.engineDescription(), registry.newResourceManager(), null);
        CAS cas = CasCreationUtils.createCas(registry.typeSystem(), null, null, null, registry.newResourceManager());
        cas.setDocumentText("$1");
        engine.process(cas);
        assertThat(cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(TYPE))
                        .select()
                        .asList())
                .extracting(AnnotationFS::getBegin, AnnotationFS::getEnd)
                .containsExactly(org.assertj.core.api.Assertions.tuple(0, 1));
    }

    @Test
    void valueRejectedByInitializeIsAValidationProblemAndOneLineInARun() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder(work).picky("org.test.picky", "picky").build(plugins.resolve("picky.jar"));
        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);
        Path pipeline = PluginRegistryTest.pipeline(
                work, "<annotator name=\"picky\"><param name=\"minLength\">0</param></annotator>");

        assertThatThrownBy(() -> new PipelineParser(registry, true).parse(pipeline))
                .isInstanceOf(PipelineException.class)
                .hasMessage(pipeline + ":3:3: annotator 'picky' rejects its configuration:"
                        + " minLength must be at least 1, got 0");

        // without the trial (as a run parses), creating the engines fails: one line, the annotator named
        PipelineDefinition definition = new PipelineParser(registry).parse(pipeline);
        ResourceInitializationException failure = org.junit.jupiter.api.Assertions.assertThrows(
                ResourceInitializationException.class,
                () -> UIMAFramework.produceAnalysisEngine(
                        definition.engineDescription(), registry.newResourceManager(), null));
        assertThat(EngineTrial.describe(failure, registry))
                .isEqualTo("annotator 'picky' (picky.jar) failed to initialize: minLength must be at least 1, got 0");
    }

    @Test
    void ofTwoVersionsOfOnePluginTheHighestIsLoadedAndTheOtherNamedAsIgnored() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder(work).tokenizer("org.test.v9", "regex-tokenizer").build(plugins.resolve("tok-0.0.9.jar"));
        new PluginJarBuilder(work).tokenizer("org.test.v10", "regex-tokenizer").build(plugins.resolve("tok-0.1.0.jar"));

        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);

        assertThat(registry.problems())
                .containsExactly("plugin tok-0.0.9.jar ignored: tok-0.1.0.jar is a newer version of plugin tok and is"
                        + " loaded instead");
        assertThat(registry.find("regex-tokenizer").orElseThrow().source()).isEqualTo("tok-0.1.0.jar");
        assertThat(registry.pluginFolder().describe()).isEqualTo("plugins folder " + plugins + " (2 jars, 1 loaded)");
    }

    @Test
    void unknownAnnotatorSaysWhichPluginsFolderWasSearchedAndThatItIsEmptyOrMissing() throws Exception {
        Path empty = plugins();
        Path pipeline = PluginRegistryTest.pipeline(work, "<annotator name=\"currency\"/>");

        assertThatThrownBy(() -> new PipelineParser(AnnotatorRegistry.load(empty)).parse(pipeline))
                .hasMessageStartingWith(pipeline + ":3:3: unknown annotator 'currency'; known annotators: ")
                .hasMessageEndingWith(
                        ". Searched the built-ins and plugins folder " + empty + " (empty: no .jar files)");
        Path missing = work.resolve("nowhere");
        assertThatThrownBy(() -> new PipelineParser(AnnotatorRegistry.load(missing, false)).parse(pipeline))
                .hasMessageEndingWith(". Searched the built-ins and plugins folder " + missing + " (does not exist)");
    }
}
