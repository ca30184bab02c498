package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordNetTableTest {

    /** Regular and irregular inflections, hyphenated and spaced words, a word WordNet lacks. */
    private static final List<String> WORDS = List.of(
            "stated",
            "strikes",
            "banks",
            "running",
            "geese",
            "better",
            "went",
            "mice",
            "ice-cream",
            "well-known",
            "take off",
            "look_up",
            "Companies",
            "qwzx");

    private static Dictionary resource;
    private static WordNetTable table;

    @BeforeAll
    static void readWordNet() throws Exception {
        resource = Dictionary.getDefaultResourceInstance();
        table = WordNetTable.read(resource);
    }

    @Test
    void findsTheBaseFormsExtJwnlFindsOverItsFiles() throws Exception {
        MorphologicalProcessor overTable = new WordNetTableDictionary(table).getMorphologicalProcessor();
        for (POS pos : POS.getAllPOS()) {
            for (String word : WORDS) {
                assertThat(overTable.lookupAllBaseForms(pos, word))
                        .as("%s %s", pos, word)
                        .isEqualTo(resource.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
            }
        }
    }

    @Test
    void keepsEachIndexWordsSensesAndTheirMembers() throws Exception {
        for (POS pos : POS.getAllPOS()) {
            for (String word : WORDS) {
                for (String base : resource.getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
                    IndexWord entry = resource.getIndexWord(pos, base);
                    int[] senses = table.senses(pos, base);
                    if (entry == null) {
                        assertThat(senses).as("%s %s", pos, base).isNull();
                        continue;
                    }
                    assertThat(senses).hasSameSizeAs(entry.getSenses());
                    for (int i = 0; i < senses.length; i++) {
                        Synset synset = entry.getSenses().get(i);
                        assertThat(table.offset(senses[i])).isEqualTo(synset.getOffset());
                        assertThat(table.members(senses[i])).containsExactlyElementsOf(lowerCaseLemmas(synset));
                    }
                }
            }
        }
        assertThat(table.senses(POS.NOUN, "qwzx")).isNull();
        assertThat(table.exceptions(POS.NOUN, "geese")).containsExactly("goose");
    }

    @Test
    void theFileGivesBackTheSameTable(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("table.bin");
        WordNetTableFile.write(file, "test source", table);

        WordNetTable read = WordNetTableFile.read(file, "test source");

        assertThat(read.offsets).isEqualTo(table.offsets);
        assertThat(read.members).isDeepEqualTo(table.members);
        assertThat(read.related).isDeepEqualTo(table.related);
        for (POS pos : POS.getAllPOS()) {
            assertThat(read.senses.get(pos))
                    .containsOnlyKeys(table.senses.get(pos).keySet());
            table.senses
                    .get(pos)
                    .forEach((lemma, ids) ->
                            assertThat(read.senses.get(pos).get(lemma)).isEqualTo(ids));
            assertThat(List.copyOf(read.exceptions(pos).entrySet()))
                    .isEqualTo(List.copyOf(table.exceptions(pos).entrySet()));
        }
        assertThat(WordNetTableFile.read(file, "another source")).isNull();
        assertThat(WordNetTableFile.read(folder.resolve("absent.bin"), "test source"))
                .isNull();
    }

    @Test
    void synonymsComeInflectedLikeTheWord() {
        assertThat(Synonyms.shared().of("stated"))
                .extracting(Synonyms.Candidate::form)
                .contains("said", "told")
                .doesNotContain("stated");
    }

    private static List<String> lowerCaseLemmas(Synset synset) {
        List<String> lemmas = new ArrayList<>();
        for (Word word : synset.getWords()) {
            lemmas.add(word.getLemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }
}
