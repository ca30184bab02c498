package org.lectern.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.Location;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Boilerplate;
import org.lectern.type.Quotation;
import org.lectern.type.SpinScore;
import org.lectern.type.TranslationArtefact;

class GoldJsonTest {

    //                                0         1         2         3         4         5         6
    //                                0123456789012345678901234567890123456789012345678901234567890123456789
    private static final String TEXT =
            "date 2024-01-02 Ann Lee said “we will go” in Zürich. She called it “rash”. “Fine.”";

    @Test
    void exportsEveryLayerSortedWithFallbacks() throws Exception {
        JCas jcas = annotatedDocument();

        assertThat(GoldJson.format(GoldJson.toJson(jcas, "doc_1.txt"))).isEqualTo("""
                {
                  "document": "doc_1.txt",
                  "language": "en",
                  "boilerplate": [
                    {
                      "begin": 0,
                      "end": 15,
                      "text": "date 2024-01-02",
                      "kind": "dateline"
                    }
                  ],
                  "artefacts": [
                    {
                      "begin": 38,
                      "end": 40,
                      "text": "go",
                      "correction": "leave"
                    }
                  ],
                  "entities": [
                    {
                      "begin": 16,
                      "end": 23,
                      "text": "Ann Lee",
                      "type": "PERSON",
                      "canonical": "Ann Lee"
                    },
                    {
                      "begin": 45,
                      "end": 51,
                      "text": "Zürich",
                      "type": "LOCATION",
                      "canonical": "Zürich"
                    }
                  ],
                  "quotes": [
                    {
                      "begin": 30,
                      "end": 40,
                      "text": "we will go",
                      "speaker": "Ann Lee",
                      "speakerMention": {
                        "begin": 16,
                        "end": 23,
                        "text": "Ann Lee"
                      },
                      "source": {
                        "begin": 16,
                        "end": 23,
                        "text": "Ann Lee"
                      },
                      "cue": {
                        "begin": 24,
                        "end": 28,
                        "text": "said"
                      }
                    },
                    {
                      "begin": 68,
                      "end": 72,
                      "text": "rash",
                      "speaker": "Ann Lee",
                      "speakerMention": {
                        "begin": 53,
                        "end": 56,
                        "text": "She"
                      },
                      "source": {
                        "begin": 53,
                        "end": 56,
                        "text": "She"
                      },
                      "cue": {
                        "begin": 57,
                        "end": 63,
                        "text": "called"
                      }
                    },
                    {
                      "begin": 76,
                      "end": 81,
                      "text": "Fine.",
                      "speaker": null,
                      "speakerMention": null,
                      "source": null,
                      "cue": null
                    }
                  ],
                  "spinScore": 0.25
                }
                """);
    }

    @Test
    void emptyLayersAreEmptyListsAndUnspecifiedLanguageIsNull() throws Exception {
        JCas jcas = TestDocuments.document("Nothing here.", null);
        jcas.setDocumentLanguage("x-unspecified");

        assertThat(GoldJson.format(GoldJson.toJson(jcas, "empty.txt"))).isEqualTo("""
                {
                  "document": "empty.txt",
                  "language": null,
                  "boilerplate": [],
                  "artefacts": [],
                  "entities": [],
                  "quotes": [],
                  "spinScore": null
                }
                """);
    }

    @Test
    void languageFallsBackToTheCasLanguage() throws Exception {
        JCas jcas = TestDocuments.document("Hallo.", null);
        jcas.setDocumentLanguage("de");

        assertThat(GoldJson.toJson(jcas, "x.txt").get("language").textValue()).isEqualTo("de");
    }

    @Test
    void documentNameIsTheTitleElseTheLastSegmentOfTheIdElseTheFallback() throws Exception {
        JCas jcas = TestDocuments.document("Text.", "en");
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        meta.setDocumentTitle("002_x.txt");
        assertThat(GoldJson.documentName(jcas, "fallback")).isEqualTo("002_x.txt");

        meta.setDocumentTitle(null);
        meta.setDocumentId("sport/003_y.txt");
        assertThat(GoldJson.documentName(jcas, "fallback")).isEqualTo("003_y.txt");

        meta.setDocumentId(null);
        assertThat(GoldJson.documentName(jcas, "fallback")).isEqualTo("fallback");
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("nested/doc_1.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old");
        JCas jcas = annotatedDocument();

        GoldJson.write(jcas, "doc_1.txt", out);

        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(GoldJson.format(GoldJson.toJson(jcas, "doc_1.txt")));
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    /** Annotations added out of order; the second entity has neither value nor identifier. */
    private static JCas annotatedDocument() throws Exception {
        JCas jcas = TestDocuments.document(TEXT, "en");
        Quotation unattributed = new Quotation(jcas, 76, 81);
        unattributed.addToIndexes();

        NamedEntity person = new NamedEntity(jcas, 16, 23);
        person.setValue("PERSON");
        person.setIdentifier("Ann Lee");
        person.addToIndexes();
        new Location(jcas, 45, 51).addToIndexes();

        Quotation pronounAttributed = new Quotation(jcas, 68, 72);
        pronounAttributed.setSpeaker(person);
        pronounAttributed.setSpeakerName("Ann Lee");
        Annotation she = new Annotation(jcas, 53, 56);
        pronounAttributed.setSpeakerMention(she);
        pronounAttributed.setSource(she);
        pronounAttributed.setCue(new Annotation(jcas, 57, 63));
        pronounAttributed.addToIndexes();

        Quotation named = new Quotation(jcas, 30, 40);
        named.setSpeaker(person);
        named.setSource(person);
        named.setCue(new Annotation(jcas, 24, 28));
        named.addToIndexes();

        TranslationArtefact artefact = new TranslationArtefact(jcas, 38, 40);
        artefact.setCorrection("leave");
        artefact.addToIndexes();
        SpinScore spin = new SpinScore(jcas, 0, TEXT.length());
        spin.setScore(0.25);
        spin.addToIndexes();
        Boilerplate dateline = new Boilerplate(jcas, 0, 15);
        dateline.setKind("dateline");
        dateline.addToIndexes();
        return jcas;
    }
}
