package org.lectern.annotator.language;

import static com.github.pemistahl.lingua.api.Language.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lectern.annotator.language.NgramLanguageDetector.Detection;

class NgramLanguageDetectorTest {

    /** Close relatives, several scripts and the logogram languages: where the rules and the scoring matter. */
    private static final Set<Language> LANGUAGES = EnumSet.of(
            ENGLISH,
            GERMAN,
            DUTCH,
            AFRIKAANS,
            FRENCH,
            SPANISH,
            CATALAN,
            PORTUGUESE,
            ITALIAN,
            POLISH,
            CZECH,
            SLOVAK,
            CROATIAN,
            BOSNIAN,
            RUSSIAN,
            UKRAINIAN,
            BULGARIAN,
            SERBIAN,
            DANISH,
            BOKMAL,
            NYNORSK,
            SWEDISH,
            GREEK,
            CHINESE,
            JAPANESE,
            TURKISH,
            AZERBAIJANI);

    private static NgramLanguageDetector ours;
    private static LanguageDetector lingua;

    @BeforeAll
    static void detectors() {
        ours = new NgramLanguageDetector(LANGUAGES);
        lingua = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Haus",
                "huis",
                "hus",
                "dom",
                "casa",
                "maison",
                "Straße",
                "ulica",
                "улица",
                "вулиця",
                "σπίτι",
                "家",
                "ひらがな",
                "je",
                "a",
                "zu",
                "og",
                "är",
                "ış",
                "gün",
                "ok",
                "the house",
                "das Haus",
                "het huis",
                "de kat",
                "la casa",
                "a casa",
                "il gatto",
                "el gato",
                "kot i pies",
                "pes a kočka",
                "mačka i pas",
                "hund og kat",
                "hund och katt",
                "Der Ausschuss hat seinen Jahresbericht am Dienstagmorgen veröffentlicht.",
                "De commissie heeft dinsdagochtend haar jaarverslag gepubliceerd.",
                "Die kommissie het Dinsdagoggend sy jaarverslag gepubliseer.",
                "Le comité a publié son rapport annuel mardi matin devant la presse.",
                "El comité publicó su informe anual el martes por la mañana.",
                "El comitè va publicar el seu informe anual dimarts al matí.",
                "O comitê publicou seu relatório anual na terça-feira de manhã.",
                "Komitet opublikował swoje roczne sprawozdanie we wtorek rano.",
                "Výbor zveřejnil svou výroční zprávu v úterý ráno.",
                "Výbor zverejnil svoju výročnú správu v utorok ráno.",
                "Odbor je u utorak ujutro objavio svoje godišnje izvješće.",
                "Комитет опубликовал свой годовой отчёт во вторник утром.",
                "Комітет оприлюднив свій річний звіт у вівторок вранці.",
                "Комитетът публикува годишния си доклад във вторник сутринта.",
                "Одбор је у уторак ујутро објавио свој годишњи извештај.",
                "Komiteen offentliggjorde sin årsrapport tirsdag morgen.",
                "Komiteen publiserte årsrapporten sin tysdag morgon.",
                "Kommittén publicerade sin årsrapport på tisdagsmorgonen.",
                "Komite yıllık raporunu salı sabahı yayımladı.",
                "Komitə illik hesabatını çərşənbə axşamı səhər dərc etdi.",
                "委员会周二上午发布了年度报告。",
                "委員会は火曜日の朝に年次報告書を発表した。",
                "The committee published its annual report on Tuesday morning, and shares in the company rose by four per cent "
                        + "before the markets closed in London and New York later that day.",
                "Der Ausschuss hat seinen Jahresbericht am Dienstagmorgen veröffentlicht, und die Aktien des Unternehmens "
                        + "stiegen um vier Prozent, bevor die Börsen in London und New York schlossen.",
                "Haus house maison casa",
                "« Bonjour ! »",
                "\u00a0Straße\u00a0",
                "ελληνικά and English",
                "2024: 100 %",
                "北京 Beijing",
                "Москва Moscow",
                "Ëë",
                "ış ğü",
                "éàè"
            })
    void ranksAndConfidencesAsLinguaHighAccuracy(String text) {
        Map<Language, Double> ourValues = ours.confidenceValues(text);
        SortedMap<Language, Double> linguaValues = lingua.computeLanguageConfidenceValues(text);

        assertThat(new ArrayList<>(ourValues.keySet())).isEqualTo(new ArrayList<>(linguaValues.keySet()));
        ourValues.forEach((language, value) -> assertThat(value).isCloseTo(linguaValues.get(language), within(1e-6)));
        assertThat(ours.detect(text).language()).isEqualTo(lingua.detectLanguageOf(text));
    }

    @Test
    void threadsShareOneDetectorAndTheModels() throws Exception {
        List<String> texts = List.of(
                "Haus",
                "the house",
                "la casa",
                "Komitet opublikował swoje roczne sprawozdanie.",
                "Комитет опубликовал свой годовой отчёт.",
                "hund och katt",
                "委员会周二上午发布了年度报告。");
        List<Detection> sequential = texts.stream().map(ours::detect).toList();

        List<Detection> parallel = java.util.stream.IntStream.range(0, 200)
                .parallel()
                .mapToObj(i -> ours.detect(texts.get(i % texts.size())))
                .toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % texts.size()));
        }
        assertThat(CompactNgramModels.get()).isSameAs(CompactNgramModels.get());
    }

    @Test
    void detectionGivesTheDistanceToTheRunnerUp() {
        String text = "Der Ausschuss hat seinen Jahresbericht am Dienstagmorgen veröffentlicht.";
        List<Double> values = new ArrayList<>(ours.confidenceValues(text).values());

        Detection detection = ours.detect(text);

        assertThat(detection.language()).isEqualTo(GERMAN);
        assertThat(values.get(0)).isEqualTo(1.0);
        assertThat(detection.confidence()).isEqualTo(1.0 - values.get(1));
    }

    @Test
    void languageGivenAwayByTheRulesHasFullConfidence() {
        assertThat(ours.confidenceValues("σπίτι")).containsExactly(Map.entry(GREEK, 1.0));
        assertThat(ours.detect("Straße")).isEqualTo(new Detection(GERMAN, 1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2024", "!!! 42 ???", "☃☃"})
    void textsWithoutLettersAreUnknown(String text) {
        assertThat(ours.confidenceValues(text)).isEmpty();
        assertThat(ours.detect(text)).isEqualTo(Detection.UNKNOWN);
        assertThat(ours.detect(text).isKnown()).isFalse();
    }

    @Test
    void scriptOfNoCandidateLeavesNoLanguage() {
        NgramLanguageDetector latinOnly = new NgramLanguageDetector(EnumSet.of(ENGLISH, GERMAN));

        assertThat(latinOnly.detect("Москва").isKnown()).isFalse();
    }

    @Test
    void needsTwoCandidates() {
        assertThatThrownBy(() -> new NgramLanguageDetector(EnumSet.of(ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two");
    }
}
