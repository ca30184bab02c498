package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LecternCommandLineTest {

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    static Result lectern(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            int code = Lectern.commandLine().execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path pipeline(String annotator) throws Exception {
        Path file = dir.resolve("p.xml");
        Files.writeString(file, """
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="text" source="in"/>
                  <annotator name="%s"/>
                  <writer type="xmi" target="out"/>
                  <writer type="json" target="out"/>
                </pipeline>
                """.formatted(annotator));
        return file;
    }

    @Test
    void runWritesOutputsAndFailsWithExitCodeOneWhenAFileIsBad() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/good.txt"), "The minister spoke. She left.");
        Files.write(dir.resolve("in/bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

        Result result = lectern("run", pipeline("segmenter").toString(), "--threads", "2");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains(
                        "2 documents: 1 annotated, 0 skipped (up to date), 1 failed",
                        "FAILED " + dir.resolve("in/bad.txt") + " (read): invalid UTF-8 at byte offset 0");
        assertThat(dir.resolve("out/good.xmi")).exists();
        assertThat(dir.resolve("out/good.json")).exists();

        Result again = lectern("run", pipeline("segmenter").toString());
        assertThat(again.out()).contains("1 skipped (up to date)");
    }

    @Test
    void validateNamesTheNearestAnnotator() throws Exception {
        Result result = lectern("validate", pipeline("segmentr").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("p.xml:3:", "'segmentr'", "did you mean 'segmenter'");
        assertThat(lectern("validate", pipeline("segmenter").toString()).exitCode())
                .isZero();
    }

    @Test
    void everyExamplePipelineValidates() throws Exception {
        try (Stream<Path> pipelines = Files.list(Path.of("../../examples/pipelines"))) {
            assertThat(pipelines.filter(p -> p.toString().endsWith(".xml")).sorted())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(pipeline -> {
                        Result result = lectern("validate", "--quick", pipeline.toString());
                        assertThat(result.exitCode())
                                .as(pipeline + ": " + result.err())
                                .isZero();
                    });
        }
    }

    @Test
    void annotatorsListsTheBuiltInsWithParameters() {
        Result result = lectern("annotators");
        assertThat(result.out()).contains("segmenter  [built-in]", "<param name=\"segmentationModelLocation\"> String");
    }

    @Test
    void unknownAnnotatorNamesAnEmptyPluginsFolderAndVerboseSaysWhatWasLoaded() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));

        Result result = lectern("validate", pipeline("currency").toString(), "--plugins", plugins.toString(), "-v");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("lectern: plugins folder " + plugins + " (empty: no .jar files)")
                .contains("p.xml:3:3: unknown annotator 'currency'")
                .contains(". Searched the built-ins and plugins folder " + plugins + " (empty: no .jar files)");
        Result missing = lectern(
                "run",
                pipeline("currency").toString(),
                "--plugins",
                dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("plugins folder " + dir.resolve("nope") + " (does not exist)");
    }
}
