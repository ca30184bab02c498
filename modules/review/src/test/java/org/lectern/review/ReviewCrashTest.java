package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.uima.cas.CAS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.XmiFolder;
import org.lectern.type.ReviewState;

/** A writer killed with SIGKILL in the middle of a burst: at most the request in flight is lost. */
class ReviewCrashTest {

    @TempDir
    Path dir;

    /** Child process: writes requests as fast as it can, printing each version acknowledged, until killed. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path xmi = folder.resolve("doc.xmi");
        List<JsonNode> accept = ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7},"
                + "{'op':'accept','type':'NamedEntity','begin':44,'end':48}]");
        List<JsonNode> reviewed = ReviewFixtures.ops("[{'op':'state','state':'reviewed'}]");
        List<JsonNode> reopened = ReviewFixtures.ops("[{'op':'state','state':'reopened'}]");
        try (ReviewStore store = new ReviewStore(folder)) {
            for (int n = 0; ; n++) {
                int version = store.read("doc", xmi).version();
                List<JsonNode> ops = n % 10 == 8 ? reviewed : n % 10 == 9 ? reopened : accept;
                if (store.write("doc", xmi, version, ops, "crash") instanceof ReviewStore.Outcome.Saved saved) {
                    System.out.println("saved " + saved.version());
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void killedDuringABurstOfWritesRestartsWithEveryAcknowledgedOpAndAWholeReviewedXmi() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        int acknowledged = 0;
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReviewCrashTest.class.getName(),
                        dir.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (String line; acknowledged < 150 && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                if (line.startsWith("saved ")) { // other lines are libraries' notices
                    acknowledged = Integer.parseInt(line.substring("saved ".length()));
                }
            }
            child.toHandle().destroyForcibly(); // SIGKILL on Linux; unlike Process.destroyForcibly keeps the pipe open
            child.waitFor();
            // the child kept writing until the kill landed: what it acknowledged meanwhile is still in the pipe
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("saved ")) {
                    acknowledged = Integer.parseInt(line.substring("saved ".length()));
                }
            }
        }
        assertThat(acknowledged)
                .as("child wrote (see %s)", dir.resolve("child.err"))
                .isGreaterThanOrEqualTo(150);

        try (ReviewStore restarted = new ReviewStore(dir)) {
            ReviewStore.Snapshot snapshot = restarted.read("doc", xmi);
            System.out.printf(
                    "killed after %d acknowledged; restarted at version %d; dropped: %s%n",
                    acknowledged, snapshot.version(), snapshot.dropped());
            // everything acknowledged is there; at most the request in flight (2 entries) more
            assertThat(snapshot.version()).isBetween(acknowledged, acknowledged + 2);
            assertThat(snapshot.orphans()).isEmpty();
            assertThat(restarted.read("doc", xmi).version()).isEqualTo(snapshot.version());
        }
        if (Files.exists(dir.resolve("review/doc.xmi"))) {
            CAS reviewed = new XmiFolder(dir.resolve("review")).load(dir.resolve("review/doc.xmi"));
            assertThat(reviewed.getDocumentText()).isEqualTo(ReviewFixtures.TEXT);
            assertThat(reviewed.getJCas().select(ReviewState.class).single().getVersion())
                    .isLessThanOrEqualTo(acknowledged + 2);
        }
    }
}
