package org.lectern.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.TypeSystemFile;
import org.lectern.io.XmiFolder;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;

class BatchRunnerTest {

    private static final AnnotatorRegistry REGISTRY = AnnotatorRegistry.builtIn();

    @TempDir
    Path dir;

    private Path pipelineFile(String extraWriters) throws Exception {
        Path file = dir.resolve("pipeline.xml");
        Files.writeString(file, """
                <pipeline xmlns="urn:lectern:pipeline:1" name="test">
                  <reader type="text" source="in" language="en"/>
                  <annotator name="segmenter"/>
                  <writer type="xmi" target="out"/>
                  %s
                </pipeline>
                """.formatted(extraWriters));
        return file;
    }

    private PipelineDefinition pipeline() throws Exception {
        return new PipelineParser(REGISTRY).parse(pipelineFile(""));
    }

    private void corpus(int documents) throws Exception {
        Files.createDirectories(dir.resolve("in/world"));
        for (int i = 0; i < documents; i++) {
            Path file = dir.resolve(i % 2 == 0 ? "in/doc" + i + ".txt" : "in/world/doc" + i + ".txt");
            Files.writeString(
                    file,
                    "Headline number " + i + "\n\nThe minister said it was fine. Mr. Smith agreed "
                            + "on Monday.\nSecond paragraph “quoted” here " + i + ".\n");
        }
    }

    private static RunReport.Summary run(PipelineDefinition pipeline, int threads, boolean force) throws Exception {
        return new BatchRunner(pipeline, REGISTRY, threads, force).run(ProgressListener.NONE);
    }

    /** Every annotation of every XMI in {@code out}, as "file type begin end" lines. */
    private static Map<String, List<String>> annotations(Path out) throws Exception {
        Map<String, List<String>> byFile = new TreeMap<>();
        XmiFolder folder = new XmiFolder(out);
        for (Path xmi : folder.xmiFiles()) {
            CAS cas = folder.load(xmi);
            byFile.put(out.relativize(xmi).toString(), describe(cas.getJCas()));
        }
        return byFile;
    }

    private static List<String> describe(JCas jcas) {
        List<String> lines = new ArrayList<>();
        for (Annotation a : JCasUtil.select(jcas, Annotation.class)) {
            if (!(a instanceof DocumentMetaData)) {
                lines.add(a.getType().getShortName() + " " + a.getBegin() + " " + a.getEnd());
            }
        }
        return lines;
    }

    @Test
    void runsEndToEndAndXmiLoadsBackWithUimaAndDkpro() throws Exception {
        corpus(3);
        RunReport.Summary summary = run(pipeline(), 2, false);

        assertThat(summary.done()).isEqualTo(3);
        assertThat(summary.failed()).isEmpty();
        Path out = dir.resolve("out");
        assertThat(out.resolve("TypeSystem.xml")).exists();
        assertThat(out.resolve(RunReport.FILE_NAME)).exists();
        assertThat(out.resolve("world/doc1.xmi")).exists();

        // UIMA's CasIOUtils with the written TypeSystem.xml
        CAS cas = CasCreationUtils.createCas(TypeSystemFile.read(out.resolve("TypeSystem.xml")), null, null);
        try (InputStream in = Files.newInputStream(out.resolve("doc0.xmi"))) {
            CasIOUtils.load(in, cas);
        }
        List<String> viaUima = describe(cas.getJCas());
        assertThat(viaUima).contains("Paragraph 0 17", "Sentence 19 49", "Token 19 22");
        assertThat(DocumentMetaData.get(cas.getJCas()).getDocumentTitle()).isEqualTo("doc0.txt");

        // DKPro's XmiReader sees identical annotations
        CollectionReaderDescription reader = CollectionReaderFactory.createReaderDescription(
                XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION,
                out.toString(),
                XmiReader.PARAM_PATTERNS,
                "doc0.xmi",
                XmiReader.PARAM_TYPE_SYSTEM_FILE,
                out.resolve("TypeSystem.xml").toString());
        List<List<String>> viaDkpro = new ArrayList<>();
        for (JCas jcas : new JCasIterable(reader)) {
            viaDkpro.add(describe(jcas));
        }
        assertThat(viaDkpro).containsExactly(viaUima);
    }

    @Test
    void oneAndTwoThreadsGiveTheSameAnnotations() throws Exception {
        corpus(6);
        run(pipeline(), 1, false);
        Map<String, List<String>> oneThread = annotations(dir.resolve("out"));
        run(pipeline().withOutput(dir.resolve("out2")), 2, false);
        Map<String, List<String>> twoThreads = annotations(dir.resolve("out2"));

        assertThat(oneThread).hasSize(6);
        assertThat(twoThreads).isEqualTo(oneThread);
    }

    @Test
    void badFilesAreReportedAndGoodOnesStillWritten() throws Exception {
        corpus(2);
        Files.write(dir.resolve("in/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(dir.resolve("in/latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("in/empty.txt"), new byte[0]);

        RunReport.Summary summary = run(pipeline(), 2, false);

        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.failed())
                .extracting(RunReport.Failure::file, RunReport.Failure::cause)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                dir.resolve("in/binary.txt").toString(), "binary file (NUL byte at byte offset 4)"),
                        org.assertj.core.groups.Tuple.tuple(
                                dir.resolve("in/empty.txt").toString(), "empty file"),
                        org.assertj.core.groups.Tuple.tuple(
                                dir.resolve("in/latin1.txt").toString(),
                                "invalid UTF-8 at byte offset 3 (malformed input)"));
        assertThat(dir.resolve("out/doc0.xmi")).exists();
        assertThat(dir.resolve("out/binary.xmi")).doesNotExist();
        String report = Files.readString(dir.resolve("out/run-report.json"));
        assertThat(report).contains("binary.txt", "latin1.txt", "empty.txt", "\"stage\" : \"read\"");
    }

    @Test
    void annotatorFailureIsIsolatedToItsDocument() throws Exception {
        corpus(2);
        Path pipelineFile = dir.resolve("failing.xml");
        Files.writeString(pipelineFile, """
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="text" source="in"/>
                  <annotator name="segmenter"/>
                  <annotator name="test-fail-on-word"><param name="word">world</param></annotator>
                  <writer type="xmi" target="out"/>
                </pipeline>
                """);
        Files.writeString(dir.resolve("in/world/doc1.txt"), "Hello world.");
        RunReport.Summary summary = run(new PipelineParser(REGISTRY).parse(pipelineFile), 2, false);

        assertThat(summary.done()).isEqualTo(1);
        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("doc1.txt");
            assertThat(f.stage()).isEqualTo("annotate");
            assertThat(f.annotator()).isEqualTo("test-fail-on-word");
            assertThat(f.cause())
                    .startsWith("annotator 'test-fail-on-word' failed: ")
                    .contains("refusing a document that contains 'world'");
        });
    }

    @Test
    void reRunSkipsFinishedDocumentsUnlessForcedOrThePipelineChanged() throws Exception {
        corpus(3);
        assertThat(run(pipeline(), 2, false).done()).isEqualTo(3);

        RunReport.Summary again = run(pipeline(), 2, false);
        assertThat(again.done()).isZero();
        assertThat(again.skipped()).isEqualTo(3);

        // an input edited after its XMI was written is annotated again
        Path edited = dir.resolve("in/doc0.txt");
        Files.writeString(edited, "Changed text.");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(run(pipeline(), 2, false).done()).isEqualTo(1);

        assertThat(run(pipeline(), 2, true).done()).isEqualTo(3);

        // another pipeline file (here: one more writer) makes every document stale
        PipelineDefinition changed = new PipelineParser(REGISTRY).parse(pipelineFile("<!-- v2 -->"));
        assertThat(run(changed, 2, false).done()).isEqualTo(3);
    }

    @Test
    void jsonWriterWritesGoldSchema() throws Exception {
        corpus(1);
        PipelineDefinition pipeline =
                new PipelineParser(REGISTRY).parse(pipelineFile("<writer type=\"json\" target=\"json\"/>"));
        run(pipeline, 1, false);
        String json = Files.readString(dir.resolve("json/doc0.json"));
        assertThat(json).contains("\"document\" : \"doc0.txt\"".replace(" : ", ": "), "\"entities\"");
    }

    @Test
    void xmiReaderReannotatesEarlierOutput() throws Exception {
        corpus(2);
        run(pipeline(), 1, false);
        Path file = dir.resolve("again.xml");
        Files.writeString(file, """
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="xmi" source="out"/>
                  <annotator name="test-fail-on-word"><param name="word">nothing-matches</param></annotator>
                  <writer type="xmi" target="out-again"/>
                </pipeline>
                """);
        RunReport.Summary summary = run(new PipelineParser(REGISTRY).parse(file), 1, false);
        assertThat(summary.done()).isEqualTo(2);
        assertThat(annotations(dir.resolve("out-again"))).isEqualTo(annotations(dir.resolve("out")));
    }

    @Test
    void countsWhitespaceSeparatedWords() throws Exception {
        assertThat(BatchRunner.countWords("  one two\nthree\t four ")).isEqualTo(4);
        assertThat(JCasFactory.createJCas()).isNotNull();
    }
}
