package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A one-word person followed by a capitalised word the model left out (issue 20). */
class SurnamesAfterGivenNamesTest {

    /** The span text of the person the model found as the first word of {@code sentence}, after the pass. */
    private static String personAfterPass(String sentence) {
        List<CoreLabel> tokens = CrfTokenization.tokenize(sentence, 0);
        DocumentTokens doc = new DocumentTokens(List.of(tokens));
        Mention person = new Mention(0, 1, EntityType.PERSON, null, Mention.Source.MODEL);
        List<Mention> after = new SurnamesAfterGivenNames(doc, NewsGazetteer.instance(), NameKnowledgeBase.instance())
                .apply(List.of(person));
        return doc.surface(after.get(0));
    }

    @Test
    void capitalisedWordBeforeALowerCaseOneIsTheSurname() {
        assertThat(personAfterPass("Kieran Dyerson did not train on Friday.")).isEqualTo("Kieran Dyerson");
        assertThat(personAfterPass("Kieran Dyerson, the winger, did not train."))
                .isEqualTo("Kieran Dyerson");
    }

    @Test
    void listedSurnamesAbstractNounsWeekdaysAndLongerNamesAreNotJoined() {
        assertThat(personAfterPass("Bush Presidency ends in January.")).isEqualTo("Bush");
        assertThat(personAfterPass("Kieran Leadership was discussed.")).isEqualTo("Kieran");
        assertThat(personAfterPass("Kieran Monday said nothing.")).isEqualTo("Kieran");
        assertThat(personAfterPass("Kieran Dyerson Smith said nothing.")).isEqualTo("Kieran");
    }
}
