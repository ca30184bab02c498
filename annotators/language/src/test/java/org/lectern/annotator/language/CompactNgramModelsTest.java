package org.lectern.annotator.language;

import static com.github.pemistahl.lingua.api.Language.CHINESE;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CompactNgramModelsTest {

    private static final CompactNgramModels MODELS = CompactNgramModels.get();

    /** Lingua: {@code numerator.toFloat() / denominator.toInt()}, then {@code ln(Float)}. */
    private static float linguaLn(int numerator, int denominator) {
        return (float) Math.log((float) numerator / denominator);
    }

    @Test
    void knownNgramsHaveTheLnOfTheirFractionInLinguasJson() {
        // fractions as they stand in Lingua 1.2.2's /language-models/<iso>/<order>s.json
        assertThat(MODELS.lnProbability(GERMAN, "onysi")).isEqualTo(linguaLn(3, 98));
        assertThat(MODELS.lnProbability(GERMAN, "sch")).isEqualTo(linguaLn(661870, 671777));
        assertThat(MODELS.lnProbability(ENGLISH, "e")).isEqualTo(linguaLn(11308892, 93616591));
        assertThat(MODELS.lnProbability(FRENCH, "qu")).isEqualTo(linguaLn(932927, 945704));
        assertThat(MODELS.lnProbability(RUSSIAN, "ост")).isEqualTo(linguaLn(367483, 850998));
        assertThat(MODELS.lnProbability(CHINESE, "的")).isEqualTo(linguaLn(753766, 23477777));
    }

    @Test
    void ngramsAModelLacksHaveNone() {
        assertThat(MODELS.lnProbability(GREEK, "sch")).isNaN(); // Latin letters, Greek model
        assertThat(MODELS.lnProbability(ENGLISH, "qqqqq")).isNaN();
        assertThat(MODELS.lnProbability(CHINESE, "的的")).isNaN(); // Lingua has unigrams only for Chinese
        assertThat(MODELS.lnProbability(ENGLISH, "a☃")).isNaN(); // a character of no model
    }

    @ParameterizedTest
    @CsvSource({"de, 5", "en, 3", "ru, 4", "fr, 2", "zh, 1", "vi, 5"})
    void everyNgramOfAModelEqualsLinguasOwnLoading(String iso, int order) throws Exception {
        Language language = Language.getByIsoCode639_1(com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(iso.toUpperCase()));
        String file = new String[] {"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}[order];
        Object2FloatMap<String> lingua;
        try (InputStream json = Language.class.getResourceAsStream("/language-models/" + iso + "/" + file + ".json")) {
            lingua = TrainingDataLanguageModel.Companion.fromJson(json);
        }
        List<String> mismatches = new ArrayList<>();
        for (Object2FloatMap.Entry<String> entry : lingua.object2FloatEntrySet()) {
            float expected = (float) Math.log(entry.getFloatValue());
            if (Float.compare(MODELS.lnProbability(language, entry.getKey()), expected) != 0) {
                mismatches.add(entry.getKey());
            }
        }
        assertThat(lingua).isNotEmpty();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void modelCharactersHaveCodesBelowTheTextCodesAndBack() {
        int code = MODELS.code('ß');
        assertThat(code).isBetween(1, CompactNgramModels.FIRST_TEXT_CODE - 1);
        assertThat(MODELS.character(code)).isEqualTo('ß');
        assertThat(MODELS.code('☃')).isZero();
    }
}
