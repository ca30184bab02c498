package org.lectern.annotator.language;

import static com.github.pemistahl.lingua.api.Language.CHINESE;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactNgramModelsTest {

    private static final CompactNgramModels MODELS = CompactNgramModels.get();

    /** Looks the n-gram up as the detector does: its key, its slot, its postings. NaN if the model lacks it. */
    private static float lnProbability(Language language, String ngram) {
        long key = ngram.charAt(0);
        if (ngram.length() > 1) {
            key = 0;
            for (char character : ngram.toCharArray()) {
                if (MODELS.code(character) == 0) {
                    return Float.NaN;
                }
                key = key << CompactNgramModels.BITS_PER_CHAR | MODELS.code(character);
            }
        }
        int slot = MODELS.find(ngram.length(), key);
        if (slot >= 0) {
            for (int posting = MODELS.postingsStart(slot); posting < MODELS.postingsEnd(slot); posting++) {
                if (MODELS.language(posting) == language.ordinal()) {
                    return MODELS.lnProbability(posting);
                }
            }
        }
        return Float.NaN;
    }

    /** Lingua: {@code numerator.toFloat() / denominator.toInt()}, then {@code ln(Float)}. */
    private static float linguaLn(int numerator, int denominator) {
        return (float) Math.log((float) numerator / denominator);
    }

    @Test
    void knownNgramsHaveTheLnOfTheirFractionInLinguasJson() {
        // fractions as they stand in Lingua 1.2.2's /language-models/<iso>/<order>s.json
        assertThat(lnProbability(GERMAN, "onysi")).isEqualTo(linguaLn(3, 98));
        assertThat(lnProbability(GERMAN, "sch")).isEqualTo(linguaLn(661870, 671777));
        assertThat(lnProbability(ENGLISH, "e")).isEqualTo(linguaLn(11308892, 93616591));
        assertThat(lnProbability(FRENCH, "qu")).isEqualTo(linguaLn(932927, 945704));
        assertThat(lnProbability(RUSSIAN, "ост")).isEqualTo(linguaLn(367483, 850998));
        assertThat(lnProbability(CHINESE, "的")).isEqualTo(linguaLn(753766, 23477777));
    }

    @Test
    void ngramsAModelLacksHaveNone() {
        assertThat(lnProbability(GREEK, "sch")).isNaN(); // Latin letters, Greek model
        assertThat(lnProbability(ENGLISH, "qqqqq")).isNaN();
        assertThat(lnProbability(CHINESE, "的的")).isNaN(); // Lingua has unigrams only for Chinese
        assertThat(lnProbability(ENGLISH, "a☃")).isNaN(); // a character of no model
    }

    @ParameterizedTest
    @CsvSource({"de, 5", "en, 3", "ru, 4", "fr, 2", "zh, 1", "vi, 5"})
    void everyNgramOfAModelEqualsLinguasOwnLoading(String iso, int order) throws Exception {
        Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(iso.toUpperCase(Locale.ROOT)));
        String file = new String[] {"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}[order];
        Object2FloatMap<String> lingua;
        try (InputStream json = Language.class.getResourceAsStream("/language-models/" + iso + "/" + file + ".json")) {
            lingua = TrainingDataLanguageModel.Companion.fromJson(json);
        }
        List<String> mismatches = new ArrayList<>();
        for (Object2FloatMap.Entry<String> entry : lingua.object2FloatEntrySet()) {
            float expected = (float) Math.log(entry.getFloatValue());
            if (Float.compare(lnProbability(language, entry.getKey()), expected) != 0) {
                mismatches.add(entry.getKey());
            }
        }
        assertThat(lingua).isNotEmpty();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aPrefixKeyIsTheKeyShiftedRight() {
        long schul = 0;
        for (char character : "schul".toCharArray()) {
            schul = schul << CompactNgramModels.BITS_PER_CHAR | MODELS.code(character);
        }
        long sch = schul >>> (2 * CompactNgramModels.BITS_PER_CHAR);

        int slot = MODELS.find(3, sch);

        assertThat(slot).isNotNegative().isNotEqualTo(MODELS.find(5, schul));
        assertThat(MODELS.postingsEnd(slot)).isGreaterThan(MODELS.postingsStart(slot));
        assertThat(lnProbability(GERMAN, "sch")).isEqualTo(linguaLn(661870, 671777));
    }

    @Test
    void modelCharactersHaveCodesBelowTheTextCodesAndBack() {
        int code = MODELS.code('ß');
        assertThat(code).isBetween(1, CompactNgramModels.FIRST_TEXT_CODE - 1);
        assertThat(MODELS.character(code)).isEqualTo('ß');
        assertThat(MODELS.code('☃')).isZero();
    }
}
