package org.lectern.viewer;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer's performance targets, measured: builds an XMI folder of 2,000 documents from a text corpus (one of
 * them 5 MB with over 100,000 visible annotations), then reports the document list's latency, the time to paint
 * the big document in headless Chromium (first and repeated opening, and at a hit in its middle), and a 30 s
 * load of 200 requests/s on loopback.
 *
 * <p>Run: {@code mvn -B -q -pl modules/viewer exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lectern.viewer.ViewerBenchmark -Dexec.args=CORPUS_DIR}
 */
public final class ViewerBenchmark {

    private static final int DOCUMENTS = 2_000;
    private static final int BIG_CHARS = 5 * 1024 * 1024;
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final String[] CLASSES = {"PERSON", "ORGANIZATION", "LOCATION"};

    private ViewerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../../shared/corpora/bbc-news");
        List<String> texts = texts(corpus);
        Path folder = Files.createTempDirectory("lectern-viewer-bench");
        long started = System.nanoTime();
        int bigAnnotations = writeBig(texts, folder.resolve("big.xmi"));
        JCas jcas = JCasFactory.createJCas();
        for (int i = 0; i < DOCUMENTS - 1; i++) {
            jcas.reset();
            annotate(jcas, texts.get(i % texts.size()));
            ViewerFixtures.write(jcas.getCas(), folder.resolve(String.format("doc-%04d.xmi", i)));
        }
        ViewerFixtures.writeTypeSystem(jcas.getCas(), folder);
        System.out.printf(
                "folder: %,d XMI documents (%s), big.xmi %,d characters with %,d annotations; " + "written in %.1f s%n",
                DOCUMENTS, folder, BIG_CHARS, bigAnnotations, seconds(started));

        try (ViewerServer server = new ViewerServer(folder, "127.0.0.1", 0).start()) {
            long indexStart = System.nanoTime();
            server.awaitIndexed(600_000);
            System.out.printf(
                    "index of %,d documents read in %.1f s (in the background; the list fills as it goes)%n",
                    DOCUMENTS, seconds(indexStart));
            HttpClient http = HttpClient.newBuilder()
                    .executor(java.util.concurrent.Executors.newFixedThreadPool(8))
                    .build();
            URI base = server.uri();
            measureList(http, base);
            measurePaint(base);
            measureLoad(http, base);
        }
    }

    /** The texts of the corpus's {@code .txt} files, in name order. */
    static List<String> texts(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    private static void measureList(HttpClient http, URI base) throws Exception {
        HttpRequest list =
                HttpRequest.newBuilder(base.resolve("/api/documents")).build();
        for (int i = 0; i < 20; i++) {
            http.send(list, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(list, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - start) / 1e6);
            bytes = response.body().length;
        }
        Collections.sort(millis);
        System.out.printf(
                "document list of %,d documents (%,d bytes): median %.1f ms, max %.1f ms over 50 requests "
                        + "(target < 200 ms)%n",
                DOCUMENTS, bytes, millis.get(25), millis.get(49));
    }

    private static void measurePaint(URI base) {
        ChromeDriver browser = Browser.start(1400, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            // the browser has loaded the viewer once (as a reader who opens the list first); each run is then a
            // full page load straight to the document
            browser.get(base + "#/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.doc-row")));
            String[] runs = {
                "first opening (JSON from the disk cache written while indexing)",
                "second opening (JSON in the memory cache)",
                "opening at a hit in the middle"
            };
            String[] routes = {"#/doc/big", "#/doc/big", "#/doc/big?b=" + BIG_CHARS / 2 + "&e=" + (BIG_CHARS / 2 + 5)};
            for (int i = 0; i < runs.length; i++) {
                browser.get("about:blank");
                browser.get(base + routes[i]);
                wait.until(ExpectedConditions.attributeToBeNotEmpty(
                        browser.findElement(By.tagName("body")), "data-painted"));
                double painted = Double.parseDouble(
                        browser.findElement(By.tagName("body")).getAttribute("data-painted"));
                long drawn = (Long) browser.executeScript("return document.querySelectorAll('#text .seg').length");
                Object loaded =
                        browser.executeScript("return performance.getEntriesByName('lectern:loaded')[0].startTime");
                Object laidOut =
                        browser.executeScript("return performance.getEntriesByName('lectern:laid-out')[0].startTime");
                System.out.printf(
                        "big document, %s: painted %.0f ms after navigation (JSON loaded and parsed at "
                                + "%.0f ms, blocks laid out at %.0f ms; %,d segments in the DOM; target < 1,000 ms)%n",
                        runs[i], painted, ((Number) loaded).doubleValue(), ((Number) laidOut).doubleValue(), drawn);
            }
        } finally {
            browser.quit();
        }
    }

    private static void measureLoad(HttpClient http, URI base) throws Exception {
        List<HttpRequest> mix = List.of(
                HttpRequest.newBuilder(base.resolve("/api/documents")).build(),
                HttpRequest.newBuilder(base.resolve("/api/documents/doc-0042")).build(),
                HttpRequest.newBuilder(base.resolve("/api/search?q=minister&kind=text"))
                        .build(),
                HttpRequest.newBuilder(base.resolve("/app.js")).build());
        int rate = 200;
        int seconds = 30;
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long sent = System.nanoTime();
            pending.add(http.sendAsync(mix.get(i % mix.size()), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    })
                    .exceptionally(error -> {
                        errors.incrementAndGet();
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        double elapsed = seconds(start);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "load: %,d requests (list, document, search, script) at %d/s for %d s: %.1f requests/s "
                        + "achieved, %d errors, latency median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pending.size(),
                rate,
                seconds,
                pending.size() / elapsed,
                errors.get(),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 99 / 100),
                sorted.get(sorted.size() - 1));
    }

    /** About 5 MB of the corpus's text in one document, entities on capitalised words, sentences. */
    static int writeBig(List<String> texts, Path file) throws Exception {
        StringBuilder text = new StringBuilder(BIG_CHARS);
        for (int i = 0; text.length() < BIG_CHARS; i++) {
            text.append(texts.get(i % texts.size())).append("\n\n");
        }
        text.setLength(BIG_CHARS);
        JCas jcas = JCasFactory.createJCas();
        int annotations = annotate(jcas, text.toString());
        ViewerFixtures.write(jcas.getCas(), file);
        return annotations;
    }

    static int annotate(JCas jcas, String text) {
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        int count = 0;
        for (Matcher sentence = SENTENCE.matcher(text); sentence.find(); count++) {
            new Sentence(jcas, sentence.start(), sentence.end()).addToIndexes();
        }
        for (Matcher word = CAPITALISED.matcher(text); word.find(); count++) {
            NamedEntity entity = new NamedEntity(jcas, word.start(), word.end());
            entity.setValue(CLASSES[Math.floorMod(word.group().hashCode(), CLASSES.length)]);
            entity.setIdentifier(word.group());
            entity.addToIndexes();
        }
        return count;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
