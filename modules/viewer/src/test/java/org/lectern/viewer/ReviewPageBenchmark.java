package org.lectern.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.uima.fit.factory.JCasFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Review on the 5 MB benchmark document in headless Chromium: the time from an accept or reject key to the next
 * painted frame, measured in the page with {@code performance.now()} (the {@code lectern:review-repaint}
 * measures), and how many of the document's blocks each one redraws.
 *
 * <p>Run: {@code mvn -B -q -pl modules/viewer exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lectern.viewer.ReviewPageBenchmark -Dexec.args="CORPUS_DIR [ACTIONS]"}
 */
public final class ReviewPageBenchmark {

    private ReviewPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../../shared/corpora/bbc-news");
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path folder = Files.createTempDirectory("lectern-review-bench");
        int annotations = ViewerBenchmark.writeBig(ViewerBenchmark.texts(corpus), folder.resolve("big.xmi"));
        ViewerFixtures.writeTypeSystem(JCasFactory.createJCas().getCas(), folder);
        System.out.printf("big.xmi: %,d annotations (%s)%n", annotations, folder);
        try (ViewerServer server =
                new ViewerServer(folder, "127.0.0.1", 0, ViewerServer.Access.loopback("bench")).start()) {
            server.awaitIndexed(600_000);
            ChromeDriver browser = Browser.start(1400, 900);
            try {
                measure(browser, server, actions);
            } finally {
                browser.quit();
            }
        }
    }

    private static void measure(ChromeDriver browser, ViewerServer server, int actions) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(300));
        long opened = System.nanoTime();
        browser.get(server.browserUri() + "#/doc/big");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-review", "on"));
        System.out.printf(
                "review mode on after %.1f s (document loaded, review log read, anchors indexed)%n",
                (System.nanoTime() - opened) / 1e9);
        new Actions(browser).sendKeys("j").perform();
        for (int i = 0; i < actions; i++) {
            new Actions(browser).sendKeys(i % 3 == 2 ? "x" : "a").perform();
            int done = i + 1;
            wait.until(b -> ((Number) browser.executeScript(
                                    "return performance.getEntriesByName('lectern:review-repaint').length"))
                            .intValue()
                    >= done);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>)
                browser.executeScript("return performance.getEntriesByName('lectern:review-repaint')"
                        + ".map(m => ({frame: m.duration, sync: m.detail.synchronous, blocks: m.detail.blocks}))");
        long blocks = (Long) browser.executeScript("return document.querySelectorAll('#text .block').length");
        List<Double> frames = new ArrayList<>();
        List<Double> sync = new ArrayList<>();
        long maxRedrawn = 0;
        for (Map<String, Object> entry : entries) {
            frames.add(((Number) entry.get("frame")).doubleValue());
            sync.add(((Number) entry.get("sync")).doubleValue());
            maxRedrawn = Math.max(maxRedrawn, ((Number) entry.get("blocks")).longValue());
        }
        Collections.sort(frames);
        Collections.sort(sync);
        System.out.printf(
                "%d accepts and rejects (2:1): key to next painted frame median %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "page work before the frame median %.1f ms, max %.1f ms; at most %d of %,d blocks redrawn "
                        + "per action (target < 50 ms, never the whole document)%n",
                frames.size(),
                frames.get(frames.size() / 2),
                frames.get(frames.size() * 95 / 100),
                frames.get(frames.size() - 1),
                sync.get(sync.size() / 2),
                sync.get(sync.size() - 1),
                maxRedrawn,
                blocks);
        Object version = browser.executeScript("return document.getElementById('text').review.review.version");
        System.out.printf("log version in the page afterwards: %s%n", version);
    }
}
