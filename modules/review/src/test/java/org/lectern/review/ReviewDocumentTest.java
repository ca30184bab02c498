package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.util.JCasUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.XmiFolder;
import org.lectern.type.Quotation;

class ReviewDocumentTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path dir;

    private ReviewDocument open(List<ObjectNode> log) throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        CAS cas = new XmiFolder(dir, ReviewTypes.description()).load(xmi);
        return new ReviewDocument(cas, "run-1", log);
    }

    /** The entities of the reviewed document (rejected ones stay in the CAS, marked by their provenance). */
    private static List<NamedEntity> entities(ReviewDocument document) throws Exception {
        return JCasUtil.select(document.cas().getJCas(), NamedEntity.class).stream()
                .filter(e -> document.provenance().get(e) == null
                        || document.provenance().get(e).kept())
                .toList();
    }

    @Test
    void opsAnchorByTypeOffsetsAndKeyAndRecordTheValueBefore() throws Exception {
        ReviewDocument document = open(List.of());

        List<ObjectNode> entries = document.apply(
                ReviewFixtures.ops("[{'op':'set','type':'NamedEntity','begin':11,'end':22,"
                        + "'feature':'value','value':'ORGANIZATION'},"
                        + "{'op':'accept','type':'NamedEntity','begin':0,'end':7,'key':{'value':'PERSON'}}]"),
                "ann",
                T0);

        assertThat(entries).hasSize(2);
        ObjectNode set = entries.get(0);
        assertThat(set.path("seq").asInt()).isEqualTo(1);
        assertThat(set.path("last").asInt()).isEqualTo(2);
        assertThat(set.path("type").asText()).isEqualTo(NamedEntity.class.getName());
        assertThat(set.path("key").path("value").asText()).isEqualTo("PERSON");
        assertThat(set.path("before").asText()).isEqualTo("PERSON");
        assertThat(set.path("reviewer").asText()).isEqualTo("ann");
        assertThat(set.path("time").asText()).isEqualTo("2026-12-05T10:00:00Z");
        assertThat(set.path("pipelineSha256").asText()).isEqualTo("run-1");
        assertThat(set.path("textSha256").asText()).hasSize(64);
        assertThat(entities(document))
                .extracting(NamedEntity::getValue)
                .containsExactly("PERSON", "ORGANIZATION", "LOCATION");
        assertThat(document.state()).isEqualTo(ReviewDocument.IN_REVIEW);
        assertThat(Counts.byLayer(document)).containsEntry("entities", java.util.Map.of("accepted", 1, "corrected", 1));
    }

    @Test
    void replayOfTheLogGivesTheSameDocument() throws Exception {
        ReviewDocument live = open(List.of());
        List<ObjectNode> log = live.apply(
                ReviewFixtures.ops("[{'op':'reject','type':'NamedEntity','begin':44,'end':48},"
                        + "{'op':'add','type':'NamedEntity','begin':50,'end':58,"
                        + "'features':{'value':'PERSON','identifier':'Per Holm'}},"
                        + "{'op':'set','type':'NamedEntity','begin':50,'end':58,'feature':'begin','value':54}]"),
                "ann",
                T0);

        ReviewDocument replayed = open(log);

        assertThat(replayed.orphans()).isEmpty();
        assertThat(replayed.version()).isEqualTo(3);
        assertThat(entities(replayed))
                .extracting(e -> e.getBegin() + "-" + e.getEnd() + " " + e.getValue() + " " + e.getIdentifier())
                .containsExactly("0-7 PERSON Ann Lee", "11-22 PERSON Danske Bank", "54-58 PERSON Per Holm");
        assertThat(Counts.byLayer(replayed).get("entities"))
                .containsEntry("rejected", 1)
                .containsEntry("added", 1);
    }

    @Test
    void undoingTheDeletionOfAQuotesSpeakerRestoresTheLinkAndRedoRemovesItAgain() throws Exception {
        ReviewDocument document = open(List.of());
        document.apply(ReviewFixtures.ops("[{'op':'delete','type':'NamedEntity','begin':0,'end':7}]"), "ann", T0);
        Quotation quote = JCasUtil.selectSingle(document.cas().getJCas(), Quotation.class);
        assertThat(quote.getSpeaker()).isNull();
        assertThat(quote.getSpeakerMention()).isNull();

        document.apply(ReviewFixtures.ops("[{'op':'undo'}]"), "ann", T0);
        assertThat(quote.getSpeaker().getCoveredText()).isEqualTo("Ann Lee");
        assertThat(quote.getSpeakerMention().getCoveredText()).isEqualTo("Ann Lee");
        assertThat(entities(document)).hasSize(3);

        List<ObjectNode> redo = document.apply(ReviewFixtures.ops("[{'op':'redo'}]"), "ann", T0);
        assertThat(redo.get(0).path("redoes").asInt()).isEqualTo(1);
        assertThat(quote.getSpeaker()).isNull();
        assertThat(entities(document)).hasSize(2);

        // after a reload, the same log gives the same state, and undo still restores the link
        ReviewDocument reloaded = open(document.entries());
        reloaded.apply(ReviewFixtures.ops("[{'op':'undo'}]"), "bob", T0);
        Quotation reloadedQuote = JCasUtil.selectSingle(reloaded.cas().getJCas(), Quotation.class);
        assertThat(reloadedQuote.getSpeaker().getCoveredText()).isEqualTo("Ann Lee");
    }

    @Test
    void aBadOpFailsTheWholeRequestAndNamesTheProblem() throws Exception {
        ReviewDocument document = open(List.of());

        assertThatThrownBy(() -> document.apply(
                        ReviewFixtures.ops("[{'op':'reject','type':'NamedEntity','begin':0,'end':7},"
                                + "{'op':'set','type':'NamedEntity','begin':11,'end':22,'feature':'colour',"
                                + "'value':'red'}]"),
                        "ann",
                        T0))
                .isInstanceOf(OpException.class)
                .hasMessage("ops[1]: NamedEntity has no feature 'colour'");
        assertThatThrownBy(() -> document.apply(
                        ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':1,'end':7}]"), "ann", T0))
                .hasMessage("ops[0]: no NamedEntity at 1-7");
        assertThatThrownBy(() -> document.apply(
                        ReviewFixtures.ops("[{'op':'set','type':'MoneyAmount','begin':75,'end':78,"
                                + "'feature':'amount','value':'lots'}]"),
                        "ann",
                        T0))
                .hasMessageStartingWith("ops[0]: set: ");

        assertThat(document.version()).isZero();
        assertThat(entities(document)).hasSize(3);
        assertThat(document.state()).isEqualTo(ReviewDocument.NEW);
    }

    @Test
    void statesGoNewInReviewReviewedReopenedAndAReviewedDocumentRefusesEdits() throws Exception {
        ReviewDocument document = open(List.of());
        document.apply(ReviewFixtures.ops("[{'op':'state','state':'reviewed'}]"), "ann", T0);
        assertThat(document.state()).isEqualTo(ReviewDocument.REVIEWED);

        assertThatThrownBy(() -> document.apply(
                        ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7}]"), "ann", T0))
                .hasMessageContaining("the document is reviewed: reopen it");
        assertThatThrownBy(() -> document.apply(ReviewFixtures.ops("[{'op':'state','state':'new'}]"), "ann", T0))
                .hasMessageContaining("state 'new' cannot follow 'reviewed'");

        document.apply(ReviewFixtures.ops("[{'op':'state','state':'reopened'}]"), "ann", T0);
        document.apply(ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7}]"), "ann", T0);
        assertThat(document.state()).isEqualTo(ReviewDocument.REOPENED);
    }

    @Test
    void afterAPipelineReRunOpsWhoseTargetIsGoneAreOrphansAndTheOthersReplay() throws Exception {
        ReviewDocument first = open(List.of());
        List<ObjectNode> log = first.apply(
                ReviewFixtures.ops("[{'op':'set','type':'NamedEntity','begin':11,'end':22,"
                        + "'feature':'value','value':'ORGANIZATION'},"
                        + "{'op':'accept','type':'NamedEntity','begin':44,'end':48}]"),
                "ann",
                T0);

        ReviewDocument replayed = new ReviewDocument(rerun(), "run-2", log);

        assertThat(replayed.orphans()).hasSize(1);
        assertThat(replayed.orphans().get(0).path("seq").asInt()).isEqualTo(1);
        assertThat(replayed.orphans().get(0).path("problem").asText())
                .isEqualTo("no NamedEntity at 11-22 with {\"value\":\"PERSON\"}");
        assertThat(Counts.byLayer(replayed).get("entities")).containsExactly(java.util.Map.entry("accepted", 1));
        assertThat(replayed.version()).isEqualTo(2);
    }

    @Test
    void aDroppedOrphanIsNoLongerListedButStaysInTheLog() throws Exception {
        List<ObjectNode> log = new java.util.ArrayList<>(open(List.of())
                .apply(
                        ReviewFixtures.ops("[{'op':'set','type':'NamedEntity','begin':11,'end':22,"
                                + "'feature':'value','value':'ORGANIZATION'},"
                                + "{'op':'accept','type':'NamedEntity','begin':44,'end':48}]"),
                        "ann",
                        T0));
        ReviewDocument replayed = new ReviewDocument(rerun(), "run-2", log);

        assertThatThrownBy(() -> replayed.apply(ReviewFixtures.ops("[{'op':'drop','seq':2}]"), "bob", T0))
                .hasMessage("ops[0]: entry 2 is not an orphaned operation");
        // a request that fails after its drop leaves the orphan listed
        assertThatThrownBy(() -> replayed.apply(
                        ReviewFixtures.ops(
                                "[{'op':'drop','seq':1},{'op':'accept','type':'NamedEntity','begin':0,'end':1}]"),
                        "bob",
                        T0))
                .hasMessageStartingWith("ops[1]:");
        assertThat(replayed.orphans()).hasSize(1);

        List<ObjectNode> drop = replayed.apply(ReviewFixtures.ops("[{'op':'drop','seq':1}]"), "bob", T0);
        assertThat(drop.get(0).path("seq").asInt()).isEqualTo(3);
        assertThat(drop.get(0).path("drops").asInt()).isEqualTo(1);
        assertThat(replayed.orphans()).isEmpty();
        assertThat(replayed.entries()).hasSize(3);
        assertThatThrownBy(() -> replayed.apply(ReviewFixtures.ops("[{'op':'drop','seq':1}]"), "bob", T0))
                .hasMessage("ops[0]: entry 1 is not an orphaned operation");

        // like a state change, a drop is not undone: undo takes back the accept before it
        List<ObjectNode> undo = replayed.apply(ReviewFixtures.ops("[{'op':'undo'}]"), "bob", T0);
        assertThat(undo.get(0).path("undoes").asInt()).isEqualTo(2);
        assertThat(replayed.orphans()).isEmpty();

        log.addAll(drop);
        assertThat(new ReviewDocument(rerun(), "run-2", log).orphans()).isEmpty();
    }

    /** The document made again by a run that finds "Danske" only, so an op on "Danske Bank" is an orphan. */
    private CAS rerun() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-2");
        CAS rerun = new XmiFolder(dir, ReviewTypes.description()).load(xmi);
        NamedEntity danske =
                JCasUtil.selectAt(rerun.getJCas(), NamedEntity.class, 11, 22).get(0);
        danske.removeFromIndexes();
        danske.setEnd(17);
        danske.addToIndexes();
        return rerun;
    }
}
