package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.eval.EvalCommand;
import org.lectern.io.ExportCommand;
import picocli.CommandLine;

/** Gold out of review: {@code export --reviewed} writes what reviewers settled, and {@code eval} reads it. */
class ReviewedExportTest {

    @TempDir
    Path dir;

    @Test
    void aRejectedEntityAnAddedOneAndAChangedSpeakerExportAsGold() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        ReviewFixtures.writePredicted(dir, "other", "run-1"); // reviewed by nobody: not exported
        try (ReviewStore store = new ReviewStore(dir)) {
            String perHolm = "{'type':'NamedEntity','begin':50,'end':58}";
            ReviewStore.Outcome outcome = store.write(
                    "doc",
                    xmi,
                    0,
                    ReviewFixtures.ops("[{'op':'reject','type':'NamedEntity','begin':11,'end':22},"
                            + "{'op':'add','type':'NamedEntity','begin':50,'end':58,"
                            + "'features':{'value':'PERSON','identifier':'Per Holm'}},"
                            + "{'op':'set','type':'Quotation','begin':29,'end':39,'feature':'speaker','value':"
                            + perHolm + "},"
                            + "{'op':'set','type':'Quotation','begin':29,'end':39,'feature':'speakerMention',"
                            + "'value':" + perHolm + "},"
                            + "{'op':'set','type':'Quotation','begin':29,'end':39,'feature':'speakerName',"
                            + "'value':'Per Holm'},"
                            + "{'op':'state','state':'reviewed'}]"),
                    "ann");
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ReviewStore.Outcome.Saved.class,
                            saved -> assertThat(saved.version()).isEqualTo(6));
            store.write(
                    "other",
                    dir.resolve("other.xmi"),
                    0,
                    ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7}]"),
                    "bob");
            store.flush();
        }
        Path gold = dir.resolve("gold");

        StringWriter out = new StringWriter();
        int exit = new CommandLine(new ExportCommand())
                .setOut(new PrintWriter(out))
                .execute(dir.toString(), "--reviewed", "--json", gold.toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("export: 1 reviewed; 1 not (yet) in state 'reviewed' left out");
        assertThat(gold.resolve("other.json")).doesNotExist();
        assertThat(Files.readString(gold.resolve("doc.json"))).isEqualTo("""
                {
                  "document": "doc",
                  "language": "en",
                  "boilerplate": [],
                  "artefacts": [],
                  "entities": [
                    {
                      "begin": 0,
                      "end": 7,
                      "text": "Ann Lee",
                      "type": "PERSON",
                      "canonical": "Ann Lee"
                    },
                    {
                      "begin": 44,
                      "end": 48,
                      "text": "Oslo",
                      "type": "LOCATION",
                      "canonical": "Oslo"
                    },
                    {
                      "begin": 50,
                      "end": 58,
                      "text": "Per Holm",
                      "type": "PERSON",
                      "canonical": "Per Holm"
                    }
                  ],
                  "quotes": [
                    {
                      "begin": 29,
                      "end": 39,
                      "text": "we will go",
                      "speaker": "Per Holm",
                      "speakerMention": {
                        "begin": 50,
                        "end": 58,
                        "text": "Per Holm"
                      }
                    }
                  ],
                  "spinScore": null
                }
                """);
        JsonNode sidecar = new ObjectMapper()
                .readTree(gold.resolve(ExportCommand.REVIEW_SIDECAR).toFile());
        JsonNode entry = sidecar.path("documents").get(0);
        assertThat(entry.path("document").asText()).isEqualTo("doc");
        assertThat(entry.path("reviewers").get(0).asText()).isEqualTo("ann");
        assertThat(entry.path("pipelineSha256").asText()).isEqualTo("run-1");
        assertThat(entry.path("version").asInt()).isEqualTo(6);
        assertThat(entry.path("firstTime").asText()).isNotBlank();

        // the gold folder is usable by eval as it is (the sidecar is not taken for a document)
        StringWriter evalOut = new StringWriter();
        int evalExit = new CommandLine(new EvalCommand())
                .setOut(new PrintWriter(evalOut))
                .execute("--gold", gold.toString(), "--pred", gold.toString(), "--json");
        assertThat(evalExit).as(evalOut.toString()).isZero();
        assertThat(new ObjectMapper().readTree(evalOut.toString()).toString()).contains("\"entities.exact.f1\":1.0");
    }
}
