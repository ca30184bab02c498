package org.lectern.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.api.testing.TestDocuments;
import org.lectern.io.GoldJson;
import org.lectern.type.Quotation;

class GoldDocumentTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryLayerAndTreatsMissingLayersAsEmpty() throws Exception {
        Path file = folder.resolve("d.json");
        Files.writeString(file, """
                {"document": "d.txt", "language": "en",
                 "artefacts": [{"begin": 3, "end": 7, "text": "name", "correction": "call"}],
                 "entities": [{"begin": 0, "end": 2, "text": "Al", "type": "PERSON", "canonical": "Al Gore"}],
                 "quotes": [{"begin": 9, "end": 12, "text": "yes", "speaker": null, "speakerMention": null}]}
                """);

        GoldDocument document = GoldDocument.read(file);

        assertThat(document.document()).isEqualTo("d.txt");
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.boilerplate()).isEmpty();
        assertThat(document.artefacts()).containsExactly(new GoldDocument.Artefact(3, 7, "call"));
        assertThat(document.entities()).containsExactly(new GoldDocument.Entity(0, 2, "PERSON", "Al Gore"));
        assertThat(document.quotes()).containsExactly(new GoldDocument.Quote(9, 12, null));
    }

    @Test
    void sourceAndCueAreReadAsGivenSpansNullOrAbsent() throws Exception {
        Path file = folder.resolve("q.json");
        Files.writeString(file, """
                {"document": "q.txt", "quotes": [
                  {"begin": 1, "end": 5, "speaker": "Al", "source": {"begin": 7, "end": 10, "text": "she"},
                   "cue": {"begin": 11, "end": 15, "text": "said"}},
                  {"begin": 20, "end": 25, "speaker": null, "source": null, "cue": null},
                  {"begin": 30, "end": 35, "speaker": null}]}
                """);

        assertThat(GoldDocument.read(file).quotes())
                .containsExactly(
                        new GoldDocument.Quote(
                                1,
                                5,
                                "Al",
                                new GoldDocument.Given(new GoldDocument.TextSpan(7, 10)),
                                new GoldDocument.Given(new GoldDocument.TextSpan(11, 15))),
                        new GoldDocument.Quote(
                                20, 25, null, new GoldDocument.Given(null), new GoldDocument.Given(null)),
                        new GoldDocument.Quote(30, 35, null));

        Files.writeString(file, """
                {"quotes": [{"begin": 1, "end": 5, "source": {"begin": 9, "end": 7}}]}
                """);
        assertThatThrownBy(() -> GoldDocument.read(file))
                .hasMessage(file + ": quotes[0].source.begin: begin 9 is after end 7");
    }

    @Test
    void badContentIsReportedWithFileAndPath() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, """
                {"document": "d.txt", "entities": [{"begin": 0, "end": 2}, {"begin": "x", "end": 2}]}
                """);

        assertThatThrownBy(() -> GoldDocument.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": entities[1].begin: expected a non-negative integer offset, found \"x\"");
    }

    @Test
    void invalidJsonIsReportedWithFileAndLine() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n\"document\": }");

        assertThatThrownBy(() -> GoldDocument.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ": not valid JSON (line 2)");
    }

    @Test
    void exportedJsonReadsBackForScoringInMemory() throws Exception {
        String text = "Ann Lee said “we will go”. “Fine.”";
        JCas jcas = TestDocuments.document(text, "en");
        NamedEntity person = new NamedEntity(jcas, 0, 7);
        person.setValue("PERSON");
        person.setIdentifier("Ann Lee");
        person.addToIndexes();
        Quotation attributed = new Quotation(jcas, 14, 24);
        attributed.setSpeaker(person);
        attributed.addToIndexes();
        new Quotation(jcas, 28, 33).addToIndexes();

        GoldDocument document = GoldDocument.fromJson(GoldJson.toJson(jcas, "doc_1.txt"), "doc_1");

        assertThat(document.entities()).containsExactly(new GoldDocument.Entity(0, 7, "PERSON", "Ann Lee"));
        assertThat(document.quotes()).extracting(GoldDocument.Quote::speaker).containsExactly("Ann Lee", null);
        assertThat(Scorer.score(document, document, text).metrics().get("quotes.f1"))
                .isEqualTo(1.0);
    }
}
