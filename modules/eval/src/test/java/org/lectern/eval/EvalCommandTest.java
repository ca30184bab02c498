package org.lectern.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

    private static final String DOC_A = """
            {"document": "a.txt", "language": "en", "boilerplate": [], "artefacts": [],
             "entities": [{"begin": 0, "end": 3, "text": "Ann", "type": "PERSON", "canonical": "Ann Lee"}],
             "quotes": [{"begin": 10, "end": 20, "text": "0123456789", "speaker": "Ann Lee", "speakerMention": null}]}
            """;

    private static final String DOC_B = """
            {"document": "b.txt", "language": "en", "boilerplate": [], "artefacts": [],
             "entities": [{"begin": 5, "end": 8, "text": "Bob", "type": "PERSON", "canonical": "Bob"}],
             "quotes": []}
            """;

    /** Gold in the extended schema: a quote with its source and cue. */
    private static final String DOC_ATTRIBUTED = """
            {"document": "c.txt", "language": "en", "boilerplate": [], "artefacts": [], "entities": [],
             "quotes": [{"begin": 1, "end": 12, "text": "Not a word.", "speaker": "Ann Lee", "speakerMention": null,
                         "source": {"begin": 14, "end": 17, "text": "she"},
                         "cue": {"begin": 18, "end": 22, "text": "said"}}]}
            """;

    @TempDir
    Path work;

    private Path gold;
    private Path predicted;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void goldFolder() throws Exception {
        gold = Files.createDirectories(work.resolve("gold"));
        predicted = Files.createDirectories(work.resolve("pred"));
        Files.writeString(gold.resolve("a.json"), DOC_A);
        Files.writeString(gold.resolve("b.json"), DOC_B);
    }

    @Test
    void identicalPredictionsScoreOneAndPassThresholds() throws Exception {
        Files.writeString(predicted.resolve("a.json"), DOC_A);
        Files.writeString(predicted.resolve("b.json"), DOC_B);

        int exitCode = run(
                "--gold",
                gold.toString(),
                "--pred",
                predicted.toString(),
                "--min",
                "quotes.f1=1.0",
                "--min",
                "entities.exact.f1=1",
                "--per-document");

        assertThat(exitCode).isEqualTo(0);
        assertThat(out.toString())
                .contains("Evaluated 2 documents")
                .containsPattern("entities\\.exact\\.f1 +1\\.0000  tp=2 fp=0 fn=0")
                .containsPattern("quotes\\.speaker\\.accuracy +1\\.0000  1/1")
                .containsPattern("artefacts\\.flagged +0 ")
                .containsPattern("document +language +bp\\.f1 +art\\.f1 +ent\\.f1 +canonical +quotes\\.f1 +speaker")
                .containsPattern("a\\.json +1\\.0000 +n/a +n/a +1\\.0000 +1\\.0000 +1\\.0000 +1\\.0000")
                .containsPattern("b\\.json +1\\.0000 +n/a +n/a +1\\.0000 +1\\.0000 +n/a +n/a")
                .as("gold without source and cue is not scored on them")
                .doesNotContain("quotes.source", "quotes.cue");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sourceAndCueArePrintedWhereGoldGivesThem() throws Exception {
        Files.writeString(gold.resolve("c.json"), DOC_ATTRIBUTED);
        Files.writeString(predicted.resolve("a.json"), DOC_A);
        Files.writeString(predicted.resolve("b.json"), DOC_B);
        Files.writeString(predicted.resolve("c.json"), DOC_ATTRIBUTED.replace("\"begin\": 18", "\"begin\": 17"));

        int exitCode = run("--gold", gold.toString(), "--pred", predicted.toString(), "--min", "quotes.source.f1=1");

        assertThat(exitCode).isEqualTo(0);
        assertThat(out.toString())
                .containsPattern("quotes\\.source\\.f1 +1\\.0000  tp=1 fp=0 fn=0")
                .containsPattern("quotes\\.cue\\.f1 +0\\.0000  tp=0 fp=1 fn=1")
                .containsPattern("quotes\\.f1 +1\\.0000  tp=2 fp=0 fn=0");
    }

    @Test
    void aMissingPredictionIsReportedScoredAsEmptyAndFailsItsThreshold() {
        int exitCode = run(
                "--gold",
                gold.toString(),
                "--pred",
                predicted.toString(),
                "--min",
                "quotes.recall=0.5",
                "--min",
                "quotes.speaker.accuracy=0.5");

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).containsPattern("quotes\\.recall +0\\.0000");
        assertThat(err.toString())
                .contains("WARNING 2 gold files have no prediction (scored as empty predictions): a.json, b.json")
                .contains("FAILED quotes.recall = 0.0000 is below the minimum 0.5000")
                .contains("FAILED quotes.speaker.accuracy is undefined (nothing to measure it on)");
    }

    @Test
    void jsonOutputHasTotalsCountsAndPerDocumentScores() throws Exception {
        Files.writeString(predicted.resolve("a.json"), DOC_A);
        Files.writeString(work.resolve("a.txt"), "Ann said: 0123456789.");
        Files.writeString(work.resolve("b.txt"), "Then Bob left.");

        int exitCode =
                run("--gold", gold.toString(), "--pred", predicted.toString(), "--json", "--texts", work.toString());

        assertThat(exitCode).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("documents").intValue()).isEqualTo(2);
        assertThat(json.get("missingPredictions")).hasSize(1);
        assertThat(json.get("missingPredictions").get(0).textValue()).isEqualTo("b.json");
        assertThat(json.at("/metrics/entities.exact.recall").doubleValue()).isEqualTo(0.5);
        assertThat(json.at("/metrics/entities.exact.precision").doubleValue()).isEqualTo(1.0);
        assertThat(json.at("/metrics/words").doubleValue()).isEqualTo(6.0);
        assertThat(json.at("/counts/entities.exact/fn").intValue()).isEqualTo(1);
        assertThat(json.at("/perDocument/a.json/metrics/quotes.f1").doubleValue())
                .isEqualTo(1.0);
        assertThat(json.at("/perDocument/b.json/metrics/quotes.f1").isNull()).isTrue();
        assertThat(json.at("/perDocument/b.json/metrics/entities.exact.f1").doubleValue())
                .isEqualTo(0.0);
    }

    @Test
    void filesInSubFoldersArePairedByRelativePathAndMaximumsAreChecked() throws Exception {
        Files.createDirectories(gold.resolve("sport"));
        Files.move(gold.resolve("b.json"), gold.resolve("sport/b.json"));
        Files.createDirectories(predicted.resolve("sport"));
        Files.writeString(
                predicted.resolve("sport/b.json"),
                DOC_B.replace(
                        "\"artefacts\": []",
                        "\"artefacts\": [{\"begin\": 0, \"end\": 4, \"text\": \"Then\", \"correction\": \"So\"}]"));
        Files.writeString(predicted.resolve("a.json"), DOC_A);
        Files.writeString(predicted.resolve("stray.json"), DOC_A);
        Files.createDirectories(work.resolve("texts/sport"));
        Files.writeString(work.resolve("texts/a.txt"), "Ann said: 0123456789.");
        Files.writeString(work.resolve("texts/sport/b.txt"), "Then Bob left.");

        int exitCode = run(
                "--gold",
                gold.toString(),
                "--pred",
                predicted.toString(),
                "--texts",
                work.resolve("texts").toString(),
                "--max",
                "artefacts.flagged=0",
                "--max",
                "words=100");

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("entities\\.exact\\.f1 +1\\.0000  tp=2 fp=0 fn=0")
                .containsPattern("artefacts\\.flagged\\.per1000words +166\\.6667");
        assertThat(err.toString())
                .contains("WARNING 1 predictions have no gold file (ignored): stray.json")
                .contains("FAILED artefacts.flagged = 1 is above the maximum 0")
                .doesNotContain("words =");
    }

    @Test
    void anUnknownMetricIsAUsageErrorListingTheValidNames() {
        int exitCode = run("--gold", gold.toString(), "--pred", predicted.toString(), "--min", "quotes.fscore=1");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString())
                .contains("Unknown metric 'quotes.fscore' in --min; valid metrics: "
                        + "language.accuracy, boilerplate.precision");
    }

    @Test
    void aMalformedPredictionStopsWithItsFileName() throws Exception {
        Files.writeString(predicted.resolve("a.json"), "{\"quotes\": [{\"begin\": 1}]}");

        int exitCode = run("--gold", gold.toString(), "--pred", predicted.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains(predicted.resolve("a.json") + ": quotes[0].end:");
    }

    private int run(String... args) {
        return new CommandLine(new EvalCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }
}
