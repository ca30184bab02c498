package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpinnerChoiceTest {

    private final SpinnerChoice choice =
            new SpinnerChoice(Synonyms.shared(), Collocations.load(Collocations.DEFAULT_LOCATION), 0.5);

    @Test
    void aCommonSynonymIsALikelierChoiceThanOneInSix() {
        // "purchase" has two synonyms a spinner may write, "buy" far the commoner: chance 1/4 + 318/652
        assertThat(choice.bonus("buy", "purchase")).isCloseTo(Math.log(6 * (0.25 + 0.5 * 318 / 326.0)), within(1e-9));
        assertThat(choice.bonus("buy", "purchase")).isGreaterThan(choice.bonus("purchase", "buy"));
    }

    @Test
    void aRareChoiceAmongManyCountsAsOneInSixNotLess() {
        assertThat(choice.bonus("utilize", "use")).isZero();
    }

    @Test
    void aWordThatIsNoSynonymOfTheCandidateGetsNoBonus() {
        assertThat(choice.bonus("table", "purchase")).isZero();
    }

    @Test
    void estimatesFromADocumentsReplacementsWhetherItsSpinnerPrefersCommonSynonyms() {
        // (written, correction): each written word the commonest synonym of its correction, or a rare one
        List<String[]> common = List.of(pair("buy", "purchase"), pair("use", "utilize"), pair("get", "obtain"));
        List<String[]> rare = List.of(pair("utilize", "use"), pair("commence", "start"), pair("obtain", "get"));
        assertThat(choice.estimatedWeight(common)).isGreaterThan(0.7);
        assertThat(choice.estimatedWeight(rare)).isLessThan(0.3);
        // nothing known: the prior's mean
        assertThat(choice.estimatedWeight(List.<String[]>of(pair("table", "purchase"))))
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theBonusFollowsTheFrequencyWeight() {
        SpinnerChoice even = choice.withWeight(0);
        // "purchase" has two synonyms: chosen evenly, "buy" is written one time in two
        assertThat(even.bonus("buy", "purchase")).isCloseTo(Math.log(6 * 0.5), within(1e-9));
        assertThat(choice.withWeight(1).bonus("buy", "purchase")).isCloseTo(Math.log(6 * 318 / 326.0), within(1e-9));
    }

    private static String[] pair(String written, String correction) {
        return new String[] {written, correction};
    }
}
