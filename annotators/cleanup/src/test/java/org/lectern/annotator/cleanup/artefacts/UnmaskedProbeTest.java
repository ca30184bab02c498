package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmaskedProbeTest {

    private static final String CLEAN =
            "The government said on Tuesday that it would raise taxes on large companies next "
                    + "year. The finance minister told reporters that the plan would help pay for new schools and hospitals "
                    + "across the country. Business leaders warned that the move could cost jobs and slow growth. Opposition "
                    + "parties called the decision a mistake and promised to fight it in parliament, while unions welcomed the "
                    + "extra money for public services.";
    /** {@link #CLEAN} with about one content word in four replaced by a WordNet synonym, as a spinner does. */
    private static final String SPUN = "The government said on Tuesday that it would lift taxes on large companies "
            + "following year. The finance minister told newsmen that the design would aid pay for fresh schools and "
            + "hospitals across the state. Business leaders warned that the motion could price jobs and dense growth. "
            + "Opposition parties called the determination a error and promised to contend it in parliament, while "
            + "unions welcomed the additional money for populace services.";

    private final ContextFit fit = new ContextFit(Collocations.load(Collocations.DEFAULT_LOCATION), Synonyms.shared());
    private final UnmaskedProbe probe = new UnmaskedProbe(MaskedLanguageModel.shared(true), Synonyms.shared());

    @Test
    void showsSpinningInASpunParagraphAndNotInItsOriginal() {
        assertThat(UnmaskedProbe.spun(score(SPUN))).isTrue();
        assertThat(UnmaskedProbe.spun(score(CLEAN))).isFalse();
    }

    @Test
    void aReplacedWordGainsMoreThanTheWordItReplaced() {
        assertThat(gain(SPUN, "lift")).isGreaterThan(gain(CLEAN, "raise") + 2);
        assertThat(gain(SPUN, "motion")).isGreaterThan(gain(CLEAN, "move") + 2);
        // seeing itself, a word that fits is far more probable than any of its synonyms
        assertThat(gain(CLEAN, "taxes")).isLessThan(-4);
    }

    @Test
    void weighsGainsByHowMuchMoreOftenReplacedWordsShowThem() {
        assertThat(UnmaskedProbe.evidence(-10)).isNegative();
        assertThat(UnmaskedProbe.evidence(5)).isGreaterThan(UnmaskedProbe.evidence(1));
        assertThat(UnmaskedProbe.gainClass(-10)).isZero();
        assertThat(UnmaskedProbe.gainClass(5)).isEqualTo(5);
    }

    private double score(String text) {
        Corrections document = new Corrections(text, new BitSet(), 0.5, fit);
        List<SpunRegions.Region> regions = new SpunRegions(
                        fit, new VectorFit(WordVectors.load(WordVectors.DEFAULT_LOCATION), Synonyms.shared()))
                .regions(document);
        assertThat(regions).hasSize(1);
        return probe.score(document, regions.get(0));
    }

    private double gain(String text, String word) {
        Corrections document = new Corrections(text, new BitSet(), 0.5, fit);
        return probe.probe(document, SpunRegions.sentences(document)).stream()
                .filter(probed -> document.tokens.get(probed.token()).norm().equals(word))
                .findFirst()
                .orElseThrow()
                .gain();
    }
}
