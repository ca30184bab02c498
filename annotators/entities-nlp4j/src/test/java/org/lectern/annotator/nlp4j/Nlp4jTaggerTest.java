package org.lectern.annotator.nlp4j;

import static org.assertj.core.api.Assertions.assertThat;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.nlp4j.Nlp4jTagger.LabelledSpan;

class Nlp4jTaggerTest {

    private static NLPNode[] tagged(String... tags) {
        NLPNode[] nodes = new NLPNode[tags.length + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < tags.length; i++) {
            nodes[i + 1] = new NLPNode(i + 1, "w" + i);
            nodes[i + 1].setNamedEntityTag(tags[i]);
        }
        return nodes;
    }

    @Test
    void bilouTagsGiveTokenSpans() {
        assertThat(Nlp4jTagger.spans(tagged("B-PERSON", "L-PERSON", "O", "U-GPE", "B-ORG", "I-ORG", "L-ORG")))
                .containsExactly(
                        new LabelledSpan(0, 2, "PERSON"), new LabelledSpan(3, 4, "GPE"), new LabelledSpan(4, 7, "ORG"));
    }

    @Test
    void illFormedSequencesStillGiveSpans() {
        // a span left open at the end, a label change without L-, an I- without B-
        assertThat(Nlp4jTagger.spans(tagged("B-ORG", "I-GPE", "O", "I-PERSON", "I-PERSON")))
                .containsExactly(
                        new LabelledSpan(0, 1, "ORG"), new LabelledSpan(1, 2, "GPE"), new LabelledSpan(3, 5, "PERSON"));
    }
}
