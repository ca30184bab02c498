package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpinnerChoiceTest {

    private final SpinnerChoice choice =
            new SpinnerChoice(Synonyms.shared(), Collocations.load(Collocations.DEFAULT_LOCATION));

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
}
