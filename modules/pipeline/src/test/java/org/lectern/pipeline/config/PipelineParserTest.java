package org.lectern.pipeline.config;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.api.testing.TestDocuments;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.registry.KeywordAnnotator;
import org.lectern.type.Boilerplate;

class PipelineParserTest {

    private static final String BUILT_INS_ONLY =
            ". Searched the built-ins only (no plugins folder: give one with --plugins DIR or $LECTERN_PLUGINS)";

    private static final String HEAD = "<pipeline xmlns=\"urn:lectern:pipeline:1\" name=\"test\">\n"
            + "  <reader type=\"text\" source=\"corpus\" language=\"en\"/>\n";
    private static final String TAIL = "  <writer type=\"xmi\" target=\"../out\"/>\n</pipeline>\n";

    private static final AnnotatorRegistry REGISTRY = AnnotatorRegistry.builtIn();

    @TempDir
    Path dir;

    private final PipelineParser parser = new PipelineParser(REGISTRY);

    private Path write(String content) throws IOException {
        Path file = dir.resolve("pipeline.xml");
        Files.writeString(file, content);
        return file;
    }

    /** A pipeline file whose annotator steps are {@code steps} (starting on line 3). */
    private Path pipeline(String steps) throws IOException {
        return write(HEAD + steps + TAIL);
    }

    private String problemsOf(Path file) {
        try {
            parser.parse(file);
        } catch (PipelineException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    @Test
    void goodFileParsesIntoReaderWritersAndAggregateThatRuns() throws Exception {
        Path file = write("""
                <pipeline xmlns="urn:lectern:pipeline:1" name="news">
                  <reader type="text" source="../corpus" pattern="**/*.txt" encoding="ISO-8859-1" language="en"/>
                  <annotator name="segmenter"/>
                  <annotator name="keywords">
                    <param name="keywords"><value>Lectern</value><value>UIMA</value></param>
                    <param name="kind">product</param>
                    <param name="confidence">0.75</param>
                  </annotator>
                  <writer type="xmi" target="out/xmi"/>
                  <writer type="json" target="out/json"/>
                </pipeline>
                """);
        PipelineDefinition definition = parser.parse(file);

        assertThat(definition.name()).isEqualTo("news");
        assertThat(definition.file()).isEqualTo(file.toAbsolutePath());
        assertThat(definition.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(definition.reader())
                .isEqualTo(new ReaderSpec(
                        "text", dir.getParent().resolve("corpus"), "**/*.txt", StandardCharsets.ISO_8859_1, "en"));
        assertThat(definition.writers())
                .containsExactly(
                        new WriterSpec("xmi", dir.resolve("out/xmi")), new WriterSpec("json", dir.resolve("out/json")));
        AnalysisEngineDescription aggregate = definition.engineDescription();
        assertThat(aggregate.isPrimitive()).isFalse();
        assertThat(aggregate.getAnalysisEngineMetaData().getName()).isEqualTo("news");
        assertThat(aggregate.getAnalysisEngineMetaData().getFlowConstraints().getFlowConstraintsType())
                .isEqualTo("FIXED");
        assertThat(aggregate.getDelegateAnalysisEngineSpecifiersWithImports())
                .containsOnlyKeys("segmenter", "keywords");

        JCas jcas = TestDocuments.annotate("Lectern runs UIMA. Nothing else.", "en", aggregate);
        assertThat(select(jcas, Boilerplate.class))
                .extracting(
                        Boilerplate::getBegin, Boilerplate::getEnd, Boilerplate::getKind, Boilerplate::getConfidence)
                .containsExactly(tuple(0, 7, "product", 0.75), tuple(13, 17, "product", 0.75));
    }

    @Test
    void defaultsForNamePatternEncodingAndLanguage() throws Exception {
        Path file = write("""
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="xmi" source="in"/>
                  <annotator name="segmenter"/>
                  <writer type="json" target="out"/>
                </pipeline>
                """);
        PipelineDefinition definition = parser.parse(file);
        assertThat(definition.name()).isEqualTo("pipeline");
        assertThat(definition.reader())
                .isEqualTo(new ReaderSpec("xmi", dir.resolve("in"), "**/*.xmi", StandardCharsets.UTF_8, null));
    }

    @Test
    void inputAndOutputOverridesReplaceSourceAndTargets() throws Exception {
        PipelineDefinition definition = parser.parse(pipeline("  <annotator name=\"segmenter\"/>\n"))
                .withInput(Path.of("/data/in"))
                .withOutput(Path.of("/data/out"));
        assertThat(definition.reader().source()).isEqualTo(Path.of("/data/in"));
        assertThat(definition.writers()).containsExactly(new WriterSpec("xmi", Path.of("/data/out")));
    }

    @Test
    void multiValuedParametersFromCommaListAndTypedValues() throws Exception {
        PipelineDefinition definition = parser.parse(pipeline("""
                  <annotator name="segmenter"/>
                  <annotator name="keywords">
                    <param name="keywords"> uima , lectern </param>
                    <param name="caseSensitive">TRUE</param>
                    <param name="maxHits">1</param>
                    <param name="match">PREFIX</param>
                  </annotator>
                """));
        JCas jcas = TestDocuments.annotate(
                "Lecterns, lecterns and the lectern use UIMA", "en", definition.engineDescription());
        // case-sensitive prefix match, at most one hit
        assertThat(select(jcas, Boilerplate.class))
                .extracting(Boilerplate::getBegin, Boilerplate::getEnd)
                .containsExactly(tuple(10, 18));
    }

    @Test
    void unknownAnnotatorSuggestsTheNearestName() throws Exception {
        Path file = pipeline("  <annotator name=\"keywrds\"/>\n");
        assertThat(problemsOf(file))
                .isEqualTo(file + ":3:3: unknown annotator 'keywrds'; did you mean 'keywords'?" + BUILT_INS_ONLY);
    }

    @Test
    void unknownAnnotatorWithoutCloseNameListsTheKnownOnes() throws Exception {
        Path file = pipeline("  <annotator name=\"zzzzzzzzzz\"/>\n");
        assertThat(problemsOf(file))
                .startsWith(file + ":3:3: unknown annotator 'zzzzzzzzzz'; known annotators: ")
                .contains("keywords, ", "segmenter");
    }

    @Test
    void unknownParameterSuggestsTheNearestParameter() throws Exception {
        Path file = pipeline("""
                  <annotator name="keywords">
                    <param name="keywords">a</param>
                    <param name="confidance">0.5</param>
                  </annotator>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(file + ":5:5: unknown parameter 'confidance' of 'keywords'; did you mean 'confidence'?");
    }

    @Test
    void wrongParameterTypeNamesTypeAndValue() throws Exception {
        Path file = pipeline("""
                  <annotator name="keywords">
                    <param name="keywords">a</param>
                    <param name="confidence">high</param>
                  </annotator>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(file + ":5:5: parameter 'confidence' of 'keywords' expects Double, got 'high'");
    }

    @Test
    void wrongBooleanIntegerAndEnumValues() throws Exception {
        Path file = pipeline("""
                  <annotator name="keywords">
                    <param name="keywords">a</param>
                    <param name="caseSensitive">yes</param>
                    <param name="maxHits">1.5</param>
                    <param name="match">prefx</param>
                  </annotator>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        file
                                + ":5:5: parameter 'caseSensitive' of 'keywords' expects Boolean (true or false), got 'yes'",
                        file + ":6:5: parameter 'maxHits' of 'keywords' expects Integer, got '1.5'",
                        file + ":7:5: parameter 'match' of 'keywords' expects one of TOKEN, PREFIX, got 'prefx';"
                                + " did you mean 'PREFIX'?"));
    }

    @Test
    void missingMandatoryParameter() throws Exception {
        Path file = pipeline("  <annotator name=\"keywords\"/>\n");
        assertThat(problemsOf(file))
                .isEqualTo(file + ":3:3: missing mandatory parameter 'keywords' (String[]) of 'keywords'");
    }

    @Test
    void singleValuedParameterRefusesSeveralValuesAndDuplicates() throws Exception {
        Path file = pipeline("""
                  <annotator name="keywords">
                    <param name="keywords">a</param>
                    <param name="kind"><value>x</value><value>y</value></param>
                    <param name="keywords">b</param>
                  </annotator>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        file + ":5:5: parameter 'kind' of 'keywords' takes a single String, got 2 <value> elements",
                        file + ":6:5: parameter 'keywords' of 'keywords' is set twice (first on line 4)"));
    }

    @Test
    void allProblemsOfAFileAreReportedInDocumentOrder() throws Exception {
        Path file = write("""
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="csv" source="in" encoding="no-such-charset"/>
                  <annotator name="segmentr"/>
                  <annotator/>
                  <writer type="xmi" target="out"/>
                  <writer type="html" target="out"/>
                </pipeline>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        file + ":2:3: unknown reader type 'csv'; expected text or xmi",
                        file + ":2:3: unknown encoding 'no-such-charset' (e.g. UTF-8, ISO-8859-1)",
                        file + ":3:3: unknown annotator 'segmentr'; did you mean 'segmenter'?" + BUILT_INS_ONLY,
                        file + ":4:3: an <annotator> needs exactly one of name=\"...\" (an annotator of the registry)"
                                + " or descriptor=\"...\" (a UIMA AnalysisEngineDescription file)",
                        file + ":6:3: unknown writer type 'html'; expected xmi or json"));
    }

    @Test
    void schemaViolationsAreReportedWithPosition() throws Exception {
        Path file = write("""
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <annotator name="segmenter"/>
                  <writer type="xmi"/>
                </pipeline>
                """);
        assertThat(problemsOf(file))
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        file
                                + ":2:3: Invalid content was found starting with element '{\"urn:lectern:pipeline:1\":annotator}'."
                                + " One of '{\"urn:lectern:pipeline:1\":reader}' is expected.",
                        file + ":3:3: Attribute 'target' must appear on element 'writer'."));
    }

    @Test
    void wrongRootElementOrNamespace() throws Exception {
        Path file = write("<pipeline name=\"x\"><reader/></pipeline>");
        assertThat(problemsOf(file))
                .isEqualTo(file + ":1:1: the root element must be"
                        + " <pipeline xmlns=\"urn:lectern:pipeline:1\">, found <pipeline> in namespace ''");
    }

    @Test
    void malformedXmlGivesTheParserPosition() throws Exception {
        Path file = pipeline("  <annotator name=\"segmenter\">\n");
        assertThat(problemsOf(file))
                .isEqualTo(file + ":5:3: The element type \"annotator\" must be terminated by"
                        + " the matching end-tag \"</annotator>\".");
    }

    @Test
    void doctypeIsRefused() throws Exception {
        Path file = write(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE pipeline>\n" + HEAD + "  <annotator name=\"segmenter\"/>\n" + TAIL);
        assertThat(problemsOf(file)).isEqualTo(file + ":2:1: " + SecureXml.DOCTYPE_REFUSED);
    }

    @Test
    void externalEntityPayloadReadsNothing() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = write("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE pipeline [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + HEAD + "  <annotator name=\"&xxe;\"/>\n" + TAIL);
        String message = problemsOf(file);
        assertThat(message)
                .isEqualTo(file + ":2:1: " + SecureXml.DOCTYPE_REFUSED)
                .doesNotContain("TOP-SECRET");
    }

    @Test
    void missingPipelineFile() {
        Path file = dir.resolve("absent.xml");
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(PipelineException.class)
                .hasMessage(file + ": pipeline file not found");
    }

    @Test
    void descriptorStepLoadsAUimaAnalysisEngineDescription() throws Exception {
        AnalysisEngineDescription keywords = AnalysisEngineFactory.createEngineDescription(
                KeywordAnnotator.class,
                KeywordAnnotator.PARAM_KEYWORDS,
                new String[] {"UIMA"},
                KeywordAnnotator.PARAM_KIND,
                "tool");
        Files.createDirectories(dir.resolve("descriptors"));
        try (Writer out = Files.newBufferedWriter(dir.resolve("descriptors/keywords.xml"))) {
            keywords.toXML(out);
        }
        PipelineDefinition definition = parser.parse(pipeline("""
                  <annotator name="segmenter"/>
                  <annotator descriptor="descriptors/keywords.xml">
                    <param name="kind">framework</param>
                  </annotator>
                """));
        assertThat(definition.engineDescription().getDelegateAnalysisEngineSpecifiersWithImports())
                .containsOnlyKeys("segmenter", "keywords");
        JCas jcas = TestDocuments.annotate("We use UIMA.", "en", definition.engineDescription());
        assertThat(select(jcas, Boilerplate.class))
                .extracting(Boilerplate::getBegin, Boilerplate::getEnd, Boilerplate::getKind)
                .containsExactly(tuple(7, 11, "framework"));
    }

    @Test
    void descriptorStepErrors() throws Exception {
        try (Writer out = Files.newBufferedWriter(dir.resolve("types.xml"))) {
            TypeSystemDescriptionFactory.createTypeSystemDescription().toXML(out);
        }
        Files.writeString(dir.resolve("garbage.xml"), "<notUima/>");
        StringWriter keywords = new StringWriter();
        AnalysisEngineFactory.createEngineDescription(
                        KeywordAnnotator.class, KeywordAnnotator.PARAM_KEYWORDS, new String[] {"x"})
                .toXML(keywords);
        Files.writeString(
                dir.resolve("moved.xml"),
                keywords.toString().replace(KeywordAnnotator.class.getName(), "org.example.Moved"));
        Path file = pipeline("""
                  <annotator descriptor="missing.xml"/>
                  <annotator descriptor="types.xml"/>
                  <annotator descriptor="garbage.xml"/>
                  <annotator descriptor="moved.xml"/>
                """);
        List<String> problems = List.of(problemsOf(file).split(System.lineSeparator()));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(3))
                .isEqualTo(file + ":6:3: descriptor 'moved.xml' names annotator class"
                        + " org.example.Moved, which is neither on Lectern's class path nor in a plugin");
        assertThat(problems.get(0))
                .isEqualTo(file + ":3:3: descriptor 'missing.xml' not found (looked for " + dir.resolve("missing.xml")
                        + ")");
        assertThat(problems.get(1))
                .isEqualTo(file
                        + ":4:3: descriptor 'types.xml' is a TypeSystemDescription, not an AnalysisEngineDescription");
        assertThat(problems.get(2))
                .startsWith(file + ":5:3: descriptor 'garbage.xml' is not a usable UIMA descriptor: ");
    }

    @Test
    void descriptorWithExternalEntityReadsNothing() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Files.writeString(
                dir.resolve("evil.xml"),
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE analysisEngineDescription [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<analysisEngineDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">"
                        + "<frameworkImplementation>org.apache.uima.java</frameworkImplementation><primitive>true</primitive>"
                        + "<annotatorImplementationName>&xxe;</annotatorImplementationName></analysisEngineDescription>");
        Path file = pipeline("  <annotator descriptor=\"evil.xml\"/>\n");
        // UIMA's descriptor parser refuses DOCTYPEs too
        assertThat(problemsOf(file))
                .isEqualTo(file + ":3:3: descriptor 'evil.xml' is not a usable UIMA descriptor:"
                        + " Invalid descriptor at "
                        + dir.resolve("evil.xml").toUri().toString().replace("file:///", "file:/")
                        + ": DOCTYPE is disallowed when the feature \"http://apache.org/xml/features/disallow-doctype-decl\""
                        + " set to true")
                .doesNotContain("TOP-SECRET");
    }
}
