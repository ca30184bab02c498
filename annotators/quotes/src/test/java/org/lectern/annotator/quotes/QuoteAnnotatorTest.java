package org.lectern.annotator.quotes;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Quotation;

class QuoteAnnotatorTest {

    @Test
    void bothWordOrders() throws Exception {
        JCas jcas =
                document("“We will win the vote,” Mary Jones said on Monday.\n“It is far from over,” said Tom Hart.");
        person(jcas, 24, 34, "Mary Jones");
        person(jcas, 79, 87, "Tom Hart");
        assertThat(quotes(jcas))
                .containsExactly(tuple(1, 22, "Mary Jones", 24, 34, true), tuple(52, 72, "Tom Hart", 79, 87, true));
    }

    @Test
    void pronounResolvesToTheFirstPersonOfTheNearestSentenceNamingOne() throws Exception {
        JCas jcas = document("Mary Jones met Tom Hart in Paris.\n“We are ready to sign,” she told reporters.");
        person(jcas, 0, 10, "Mary Jones");
        person(jcas, 15, 23, "Tom Hart");
        entity(jcas, 27, 32, "LOCATION", "Paris");
        assertThat(quotes(jcas)).containsExactly(tuple(35, 56, "Mary Jones", 0, 10, true));
    }

    @Test
    void titleResolvesToThePersonIntroducedWithIt() throws Exception {
        JCas jcas = document("Prime Minister Tom Hart met Finance Minister Mary Jones.\n"
                + "The prime minister called the talks “open and frank”.");
        person(jcas, 15, 23, "Tom Hart");
        person(jcas, 45, 55, "Mary Jones");
        assertThat(quotes(jcas)).containsExactly(tuple(94, 108, "Tom Hart", 15, 23, true));
    }

    @Test
    void quoteContinuedInTheNextParagraphIsSplitAndKeepsItsSpeaker() throws Exception {
        JCas jcas = document("Mary Jones said: “We will build the bridge.\n“It will open next year.”\n"
                + "“Nobody will stop us,” she added.");
        person(jcas, 0, 10, "Mary Jones");
        assertThat(quotes(jcas))
                .containsExactly(
                        tuple(18, 43, "Mary Jones", 0, 10, true),
                        tuple(45, 68, "Mary Jones", 0, 10, true),
                        tuple(71, 91, "Mary Jones", 0, 10, true));
    }

    @Test
    void partialQuoteFramedByAVerb() throws Exception {
        JCas jcas = document("Tom Hart described the budget as “bold and fair”, and promised more.");
        person(jcas, 0, 8, "Tom Hart");
        assertThat(quotes(jcas)).containsExactly(tuple(34, 47, "Tom Hart", 0, 8, true));
    }

    @Test
    void statementBelongsToTheOrganisationThatIssuedIt() throws Exception {
        JCas jcas = document(
                "The Acme Group published a statement on Friday.\n“Prices will rise in May,” the statement said.");
        entity(jcas, 4, 14, "ORGANIZATION", "Acme Group");
        assertThat(quotes(jcas)).containsExactly(tuple(49, 73, "Acme Group", 4, 14, true));
    }

    @Test
    void scareQuoteWithoutCueIsLeftOut() throws Exception {
        JCas jcas = document("The so-called “peace plan” was published on Monday by Tom Hart.");
        person(jcas, 54, 62, "Tom Hart");
        assertThat(select(jcas, Quotation.class)).isEmpty();
    }

    @Test
    void nestedSingleQuotesBelongToTheDoubleQuote() throws Exception {
        JCas jcas = document("“He told me ‘never again’ and left the room,” Mary Jones said.");
        person(jcas, 46, 56, "Mary Jones");
        assertThat(quotes(jcas)).containsExactly(tuple(1, 44, "Mary Jones", 46, 56, true));
    }

    @Test
    void unclosedQuoteAtDocumentEndRunsToTheEnd() throws Exception {
        JCas jcas = document("Tom Hart said: “We will never give up");
        person(jcas, 0, 8, "Tom Hart");
        assertThat(quotes(jcas)).containsExactly(tuple(16, 37, "Tom Hart", 0, 8, true));
    }

    @Test
    void apostrophesAreNotSingleQuotes() throws Exception {
        JCas jcas =
                document("Mary Jones’s aides didn’t comment. ‘We are staying here,’ Jones said of the workers’ plans.");
        person(jcas, 0, 10, "Mary Jones");
        person(jcas, 58, 63, "Mary Jones");
        assertThat(quotes(jcas)).containsExactly(tuple(36, 56, "Mary Jones", 58, 63, true));
    }

    @Test
    void unnamedSpeakerIsDescribedAndTheDefiniteMentionReusesTheDescription() throws Exception {
        JCas jcas = document("A senior government official said “the deal is close”.\n"
                + "“We expect a signature soon,” the official added.");
        assertThat(quotes(jcas))
                .containsExactly(
                        tuple(35, 52, "senior government official", 0, 28, false),
                        tuple(56, 83, "senior government official", 85, 97, false));
    }

    @Test
    void officeOfAPersonIsNamedAfterTheirTitle() throws Exception {
        JCas jcas = document("Prime Minister Tom Hart flew to Rome.\n“The visit was a success,” Hart’s office said.");
        person(jcas, 15, 23, "Tom Hart");
        entity(jcas, 32, 36, "LOCATION", "Rome");
        person(jcas, 65, 69, "Tom Hart");
        assertThat(quotes(jcas)).containsExactly(tuple(39, 63, "Prime Minister's Office", 65, 78, false));
    }

    @Test
    void withoutEntitiesCapitalisedNamesStandIn() throws Exception {
        JCas jcas = document("“We will win the vote,” Mary Jones said on Monday.\n“It is far from over,” said Hart.\n"
                + "Tom Hart left.");
        assertThat(quotes(jcas))
                .containsExactly(tuple(1, 22, "Mary Jones", 24, 34, false), tuple(52, 72, "Tom Hart", 79, 83, false));
    }

    @Test
    void subjectBeforeAnInsertedClauseAndANameInsertedBeforeTheVerb() throws Exception {
        JCas jcas = document(
                "“Sales are up,” Ann Lee, who runs the shop, said.\n“Costs are down,” Tom Hart, the firm’s boss, "
                        + "said.\n“We are ready,” the club chairman, Ed Stone, said on Friday.");
        person(jcas, 16, 23, "Ann Lee");
        person(jcas, 68, 76, "Tom Hart");
        person(jcas, 136, 144, "Ed Stone");
        assertThat(quotes(jcas))
                .containsExactly(
                        tuple(1, 14, "Ann Lee", 16, 23, true),
                        tuple(51, 66, "Tom Hart", 68, 76, true),
                        tuple(102, 115, "Ed Stone", 136, 144, true));
    }

    @Test
    void straightQuoteReopenedWithoutACloseStartsANewQuoteOfTheSameSpeaker() throws Exception {
        JCas jcas = document(
                "Ann Lee told the BBC: \"We played well. \"We will win the next one.\" Lee was named player of the match.");
        person(jcas, 0, 7, "Ann Lee");
        entity(jcas, 17, 20, "ORGANIZATION", "BBC");
        person(jcas, 67, 70, "Ann Lee");
        assertThat(quotes(jcas))
                .containsExactly(tuple(23, 38, "Ann Lee", 0, 7, true), tuple(40, 65, "Ann Lee", 0, 7, true));
    }

    @Test
    void passiveVerbAttributesToItsAgent() throws Exception {
        JCas jcas =
                document("Fletcher was described as a \"consummate professional\" by his friend and fellow broadcaster "
                        + "Michael Pointon.");
        person(jcas, 0, 8, "Cyril Fletcher");
        person(jcas, 91, 106, "Michael Pointon");
        assertThat(quotes(jcas)).containsExactly(tuple(29, 52, "Michael Pointon", 91, 106, true));
    }

    @Test
    void passiveSubjectIsNoSpeaker() throws Exception {
        JCas jcas =
                document("Ann Lee spoke on Monday.\nThe team has been criticised for its \"dull and slow\" football.");
        person(jcas, 0, 7, "Ann Lee");
        assertThat(quotes(jcas)).containsExactly(tuple(63, 76, null, -1, -1, false));
    }

    @Test
    void accordingToInALaterClauseDoesNotAttribute() throws Exception {
        JCas jcas = document(
                "\"Prices are high,\" Ann Lee said.\nShe also \"warned of higher prices,\" a view shared by many, "
                        + "according to data from the Acme Group.");
        person(jcas, 19, 26, "Ann Lee");
        entity(jcas, 119, 129, "ORGANIZATION", "Acme Group");
        assertThat(quotes(jcas))
                .containsExactly(tuple(1, 17, "Ann Lee", 19, 26, true), tuple(43, 67, "Ann Lee", 19, 26, true));
    }

    @Test
    void quoteAfterAReportingSentenceBelongsToItsSpeaker() throws Exception {
        JCas jcas = document("The deal was a disaster, said founder Ann Lee.\n\"We were robbed of our company.\"");
        person(jcas, 38, 45, "Ann Lee");
        assertThat(quotes(jcas)).containsExactly(tuple(48, 78, "Ann Lee", 38, 45, true));
    }

    @Test
    void colonIntroductionWithoutReportingVerbTakesTheClauseSubject() throws Exception {
        JCas jcas = document("Tom Hart was more cautious in his assessment: \"We must wait and see.\"");
        person(jcas, 0, 8, "Tom Hart");
        assertThat(quotes(jcas)).containsExactly(tuple(47, 68, "Tom Hart", 0, 8, true));
    }

    @Test
    void degenerateMarksNeitherCrashNorLeaveTheirParagraph() throws Exception {
        for (String text : new String[] {
            "“", "\"", "“”", "‘", "He said: “", "\"\"\"", "’s ’ ‘ ' \" ”", "“a\n\n”", "« „ » “ ‘ x", "“ ” he said."
        }) {
            JCas jcas = document(text);
            assertThat(quotes(jcas)).as(text).allSatisfy(quote -> {
                int begin = (Integer) quote.toArray()[0];
                int end = (Integer) quote.toArray()[1];
                assertThat(text.substring(begin, end)).isNotBlank().doesNotContain("\n");
            });
        }
    }

    @Test
    void descriptionsPointBackToEarlierSentencesAndReuseTheirIntroduction() throws Exception {
        JCas jcas = document("Ann Lee won in Paris.\nResponding to Tom Hart, the American said: \"It is insulting.\"\n"
                + "\"It is true,\" an Acme spokeswoman said.\n\"We act now,\" the spokeswoman added.");
        person(jcas, 0, 7, "Ann Lee");
        entity(jcas, 15, 20, "LOCATION", "Paris");
        person(jcas, 36, 44, "Tom Hart");
        entity(jcas, 101, 105, "ORGANIZATION", "Acme");
        assertThat(quotes(jcas))
                .containsExactly(
                        tuple(66, 82, "Ann Lee", 0, 7, true),
                        tuple(85, 96, "Acme", 101, 105, true),
                        tuple(125, 136, "Acme", 101, 105, true));
    }

    @Test
    void negativeParameterIsRejectedByName() {
        assertThatThrownBy(() -> createEngine(
                        new QuotesProvider().createDescription(QuoteAnnotator.PARAM_INHERIT_PARAGRAPHS, -1)))
                .hasStackTraceContaining("parameter inheritParagraphs must be 0 or more, got -1");
    }

    /** Paragraphs, sentences and tokens as the default pipeline makes them. */
    private static JCas document(String text) throws Exception {
        return TestDocuments.annotate(text, "en", new SegmenterProvider().createDescription());
    }

    private static void person(JCas jcas, int begin, int end, String canonical) {
        entity(jcas, begin, end, "PERSON", canonical);
    }

    private static void entity(JCas jcas, int begin, int end, String type, String canonical) {
        NamedEntity entity = new NamedEntity(jcas, begin, end);
        entity.setValue(type);
        entity.setIdentifier(canonical);
        entity.addToIndexes();
    }

    /** Runs the annotator; per quote: begin, end, speakerName, speakerMention span, speaker is that entity. */
    private static Iterable<org.assertj.core.groups.Tuple> quotes(JCas jcas) throws Exception {
        runPipeline(jcas, new QuotesProvider().createDescription());
        return select(jcas, Quotation.class).stream()
                .map(quote -> {
                    Annotation mention = quote.getSpeakerMention();
                    return tuple(
                            quote.getBegin(),
                            quote.getEnd(),
                            quote.getSpeakerName(),
                            mention == null ? -1 : mention.getBegin(),
                            mention == null ? -1 : mention.getEnd(),
                            quote.getSpeaker() != null && quote.getSpeaker() == mention);
                })
                .toList();
    }
}
