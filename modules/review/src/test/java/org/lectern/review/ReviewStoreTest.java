package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.XmiFolder;
import org.lectern.type.ReviewProvenance;
import org.lectern.type.ReviewState;

class ReviewStoreTest {

    @TempDir
    Path dir;

    @Test
    void staleVersionsGetWhatTheyMissedAndBadOpsChangeNothing() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        try (ReviewStore store = new ReviewStore(dir)) {
            assertThat(store.write("doc", xmi, 0, accept(0, 7), "ann"))
                    .isInstanceOfSatisfying(ReviewStore.Outcome.Saved.class, saved -> {
                        assertThat(saved.version()).isEqualTo(1);
                        assertThat(saved.ops())
                                .singleElement()
                                .satisfies(entry -> assertThat(
                                                entry.path("reviewer").asText())
                                        .isEqualTo("ann"));
                    });

            ReviewStore.Outcome stale = store.write("doc", xmi, 0, accept(44, 48), "bob");
            assertThat(stale).isInstanceOf(ReviewStore.Outcome.Stale.class);
            assertThat(((ReviewStore.Outcome.Stale) stale).missed()).hasSize(1);

            ReviewStore.Outcome invalid = store.write("doc", xmi, 1, accept(1, 2), "bob");
            assertThat(invalid).isEqualTo(new ReviewStore.Outcome.Invalid("ops[0]: no NamedEntity at 1-2"));
            assertThat(store.read("doc", xmi).version()).isEqualTo(1);
            assertThat(new ReviewLog(dir.resolve("review/doc.jsonl")).read().entries())
                    .hasSize(1);
        }
    }

    @Test
    void theReviewedXmiHasProvenanceStateAndThePluginTypesUntouched() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        try (ReviewStore store = new ReviewStore(dir)) {
            store.write(
                    "doc",
                    xmi,
                    0,
                    ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7},"
                            + "{'op':'set','type':'NamedEntity','begin':11,'end':22,'feature':'value',"
                            + "'value':'ORGANIZATION'},{'op':'state','state':'reviewed'}]"),
                    "ann");
            // a state change writes the reviewed XMI at once
            assertThat(dir.resolve("review/doc.xmi")).exists();
        }

        XmiFolder reviewed = new XmiFolder(dir.resolve("review"));
        CAS cas = reviewed.load(dir.resolve("review/doc.xmi"));
        assertThat(JCasUtil.select(cas.getJCas(), ReviewProvenance.class))
                .extracting(p -> p.getTarget().getCoveredText() + " " + p.getStatus() + " " + p.getReviewer())
                .containsExactly("Ann Lee accepted ann", "Danske Bank corrected ann");
        ReviewState state = JCasUtil.selectSingle(cas.getJCas(), ReviewState.class);
        assertThat(state.getState()).isEqualTo("reviewed");
        assertThat(state.getVersion()).isEqualTo(3);
        assertThat(state.getPipelineSha256()).isEqualTo("run-1");
        Type money = cas.getTypeSystem().getType("org.example.type.MoneyAmount");
        Annotation amount = cas.<Annotation>select(money).single();
        assertThat(amount.getCoveredText()).isEqualTo("$5m");
        assertThat(amount.getStringValue(money.getFeatureByBaseName("currency")))
                .isEqualTo("USD");
        assertThat(amount.getDoubleValue(money.getFeatureByBaseName("amount"))).isEqualTo(5_000_000);
        // the review folder is not part of the folder's documents
        assertThat(new XmiFolder(dir).xmiFiles()).containsExactly(xmi);
    }

    @Test
    void concurrentWritersToOneDocumentLoseNothingAndConflictsAreStale() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        List<String> saved = Collections.synchronizedList(new ArrayList<>());
        int stale;
        try (ReviewStore store = new ReviewStore(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String reviewer = "r" + w;
                writers.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int n = 0; n < 20; ) {
                        int version = store.read("doc", xmi).version();
                        ReviewStore.Outcome outcome = store.write("doc", xmi, version, accept(0, 7), reviewer);
                        if (outcome instanceof ReviewStore.Outcome.Saved ok) {
                            saved.add(reviewer + "@" + ok.version());
                            n++;
                        } else {
                            assertThat(outcome).isInstanceOf(ReviewStore.Outcome.Stale.class);
                            conflicts++;
                        }
                    }
                    return conflicts;
                }));
            }
            stale = 0;
            for (Future<Integer> writer : writers) {
                stale += writer.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        List<String> logged = new ReviewLog(dir.resolve("review/doc.jsonl"))
                .read().entries().stream()
                        .map(e -> e.path("reviewer").asText() + "@"
                                + e.path("seq").asInt())
                        .toList();
        assertThat(logged).hasSize(160).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(stale).isPositive();
    }

    private static List<com.fasterxml.jackson.databind.JsonNode> accept(int begin, int end) throws Exception {
        return ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':" + begin + ",'end':" + end + "}]");
    }
}
