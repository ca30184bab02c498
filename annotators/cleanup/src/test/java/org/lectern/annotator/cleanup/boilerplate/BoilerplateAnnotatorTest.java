package org.lectern.annotator.cleanup.boilerplate;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Boilerplate;

class BoilerplateAnnotatorTest {

    private static JCas annotate(String text) throws Exception {
        return TestDocuments.annotate(text, "en", createEngineDescription(BoilerplateAnnotator.class));
    }

    @Test
    void marksEachKindAndLeavesHeadlineAndArticleAlone() throws Exception {
        String text = String.join(
                "\n",
                "Flood barriers fail in river town", // 0-33 headline
                "Residents wade through the high street. (Getty Images)", // 34-88 caption
                "Weather", // 89-96 label glued to caption
                "",
                "By Jane Doe, Environment Correspondent", // 98-136 byline
                "",
                "HEXHAM, March 3 (Reuters) - The river burst its banks on Sunday, officials said.",
                "Home | News | Sport | Weather | Contact",
                "The council said repairs would start next week.",
                "Share this article on Facebook, Twitter or by email.",
                "Support independent local journalism. Subscribe today for just $1 a month!",
                "Discussion about this post");
        JCas jcas = annotate(text);

        assertThat(select(jcas, Boilerplate.class))
                .extracting(Boilerplate::getCoveredText, Boilerplate::getKind)
                .containsExactly(
                        tuple("Residents wade through the high street. (Getty Images)", "caption"),
                        tuple("Weather", "caption"),
                        tuple("By Jane Doe, Environment Correspondent", "byline"),
                        tuple("HEXHAM, March 3 (Reuters)", "dateline"),
                        tuple("Home | News | Sport | Weather | Contact", "navigation"),
                        tuple("Share this article on Facebook, Twitter or by email.", "share"),
                        tuple("Support independent local journalism. Subscribe today for just $1 a month!", "appeal"),
                        tuple("Discussion about this post", "footer"));
        Boilerplate caption = select(jcas, Boilerplate.class).iterator().next();
        assertThat(caption.getBegin()).isEqualTo(34);
        assertThat(caption.getEnd()).isEqualTo(88);
    }

    @Test
    void crawlerStampGluedToTheLeadCoversOnlyTheStamp() throws Exception {
        JCas jcas = annotate(" date 2021-06-01 The minister met farmers on Tuesday.");
        assertThat(select(jcas, Boilerplate.class))
                .extracting(Boilerplate::getBegin, Boilerplate::getEnd, Boilerplate::getKind)
                .containsExactly(tuple(1, 16, "dateline"));
    }

    @Test
    void appealBlockIncludesItsMiddleParagraphs() throws Exception {
        String text = String.join(
                "\n\n",
                "The report was published on Monday.",
                "Do you value our reporting? Make a donation today!",
                "Times are hard for newsrooms everywhere, and we cannot do this work alone.",
                "DONATE NOW - EVERY GIFT COUNTS!");
        assertThat(select(annotate(text), Boilerplate.class))
                .extracting(Boilerplate::getKind)
                .containsExactly("appeal", "appeal", "appeal");
    }

    @Test
    void ordinaryNewsWithAppealWordsIsNotBoilerplate() throws Exception {
        String text = String.join(
                "\n",
                "Streaming service adds subscribers",
                "The company said subscriptions rose 5% and that customers who sign up in May pay less.",
                "A US bank said it would donate $8m to the victims.",
                "\"Join us in building a better network,\" the chief executive told staff.",
                "By the end of the year, the firm expects 2 million users.");
        assertThat(select(annotate(text), Boilerplate.class)).isEmpty();
    }

    @Test
    void emptyDocumentHasNoSpans() throws Exception {
        assertThat(select(annotate(""), Boilerplate.class)).isEmpty();
    }
}
