package org.lectern.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.io.XmiFolder;
import org.lectern.review.ReviewDocument;
import org.lectern.review.ReviewLog;

/**
 * The review server's performance targets, measured on a 5 MB document with 200,000 annotations: one op's round
 * trip (POST → 200, sequential), the replay of 10,000 ops onto the predicted XMI, and {@code --reviewers}
 * concurrent reviewers sending {@code --rate} ops/s each for {@code --duration} seconds to that one document
 * (every conflict is answered 412 and retried; afterwards every op answered 200 must be in the log exactly once).
 *
 * <p>Run: {@code mvn -B -q -pl modules/viewer exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lectern.viewer.ReviewBenchmark -Dexec.args="CORPUS_DIR --duration 60"}
 */
public final class ReviewBenchmark {

    private static final int BIG_CHARS = 5 * 1024 * 1024;
    private static final int ANNOTATIONS = 200_000;
    private static final Pattern WORD = Pattern.compile("\\p{Ll}+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path corpus = Path.of(options.getOrDefault("corpus", "../../../shared/corpora/bbc-news"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "60"));
        int reviewers = Integer.parseInt(options.getOrDefault("reviewers", "20"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "10"));
        Path folder = Files.createTempDirectory("lectern-review-bench");
        List<int[]> entities = writeBig(corpus, folder);

        measureReplay(folder, entities);
        try (ViewerServer server =
                new ViewerServer(folder, "127.0.0.1", 0, ViewerServer.Access.loopback("bench")).start()) {
            server.awaitIndexed(600_000);
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(reviewers + 4))
                    .build();
            measureRoundTrip(http, server, entities);
            measureConcurrent(http, server, entities, reviewers, rate, duration, folder);
        }
        System.out.printf(
                "load average at the end: %.1f (2 cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /** 5 MB of corpus text: sentences, entities on capitalised words, then tokens up to 200,000 annotations. */
    private static List<int[]> writeBig(Path corpus, Path folder) throws Exception {
        StringBuilder text = new StringBuilder(BIG_CHARS);
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (text.length() >= BIG_CHARS) {
                    break;
                }
                text.append(Files.readString(file)).append("\n\n");
            }
        }
        while (text.length() < BIG_CHARS) {
            text.append(text, 0, Math.min(text.length(), BIG_CHARS - text.length()));
        }
        text.setLength(BIG_CHARS);
        JCas jcas = JCasFactory.createJCas();
        int count = ViewerBenchmark.annotate(jcas, text.toString());
        for (Matcher word = WORD.matcher(text); count < ANNOTATIONS && word.find(); count++) {
            new Token(jcas, word.start(), word.end()).addToIndexes();
        }
        ViewerFixtures.write(jcas.getCas(), folder.resolve("big.xmi"));
        ViewerFixtures.writeTypeSystem(jcas.getCas(), folder);
        List<int[]> entities = new ArrayList<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            entities.add(new int[] {entity.getBegin(), entity.getEnd()});
        }
        System.out.printf(
                "document: %,d characters, %,d annotations (%,d entities), XMI %,d bytes%n",
                BIG_CHARS, count, entities.size(), Files.size(folder.resolve("big.xmi")));
        return entities;
    }

    /** 10,000 ops (accepts, value changes, rejects, undos) logged, then replayed onto a fresh load of the XMI. */
    private static void measureReplay(Path folder, List<int[]> entities) throws Exception {
        Path file = folder.resolve("big.xmi");
        CAS live = new XmiFolder(folder).load(file);
        ReviewDocument document = new ReviewDocument(live, "bench", List.of());
        for (int i = 0; i < 10_000; i++) {
            int[] span = entities.get((i * 7919) % entities.size());
            String op = switch (i % 4) {
                case 0 -> accept(span);
                case 1 ->
                    "{\"op\":\"set\",\"type\":\"NamedEntity\",\"begin\":" + span[0] + ",\"end\":" + span[1]
                            + ",\"feature\":\"identifier\",\"value\":\"checked " + i + "\"}";
                case 2 ->
                    "{\"op\":\"reject\",\"type\":\"NamedEntity\",\"begin\":" + span[0] + ",\"end\":" + span[1] + "}";
                default -> "{\"op\":\"undo\"}";
            };
            document.apply(List.of(JSON.readTree(op)), "bench", Instant.now());
        }
        ReviewLog log = new ReviewLog(folder.resolve("replay.jsonl"));
        log.append(document.entries());
        long loadStart = System.nanoTime();
        CAS fresh = new XmiFolder(folder).load(file);
        long loaded = System.nanoTime();
        List<com.fasterxml.jackson.databind.node.ObjectNode> entries =
                log.read().entries();
        long read = System.nanoTime();
        ReviewDocument replayed = new ReviewDocument(fresh, "bench", entries);
        long replayEnd = System.nanoTime();
        System.out.printf(
                "replay: %,d ops read in %.0f ms, replayed in %.0f ms (%d orphans); loading the 5 MB XMI before "
                        + "it took %.0f ms%n",
                replayed.version(),
                (read - loaded) / 1e6,
                (replayEnd - read) / 1e6,
                replayed.orphans().size(),
                (loaded - loadStart) / 1e6);
        Files.delete(log.file());
    }

    /** Sequential POSTs of one op each, after a warm-up: the latency a reviewer feels per action. */
    private static void measureRoundTrip(HttpClient http, ViewerServer server, List<int[]> entities) throws Exception {
        int version = JSON.readTree(
                        get(http, server, "/api/documents/big/review").body())
                .path("version")
                .asInt();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 530; i++) {
            int[] span = entities.get((i * 104_729) % entities.size());
            long start = System.nanoTime();
            HttpResponse<String> response = post(http, server, version, "[" + accept(span) + "]");
            long took = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "round trip " + i + ": " + response.statusCode() + " " + response.body());
            }
            version = JSON.readTree(response.body()).path("version").asInt();
            if (i >= 30) {
                micros.add(took);
            }
        }
        Collections.sort(micros);
        System.out.printf(
                "op round trip (POST -> 200, %d sequential, after 30 warm-up): median %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n",
                micros.size(),
                micros.get(micros.size() / 2) / 1e3,
                micros.get(micros.size() * 99 / 100) / 1e3,
                micros.get(micros.size() - 1) / 1e3);
    }

    private static void measureConcurrent(
            HttpClient http,
            ViewerServer server,
            List<int[]> entities,
            int reviewers,
            int rate,
            int seconds,
            Path folder)
            throws Exception {
        int startVersion = JSON.readTree(
                        get(http, server, "/api/documents/big/review").body())
                .path("version")
                .asInt();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            int reviewer = r;
            running.add(pool.submit(() -> {
                int version = startVersion;
                long next = System.nanoTime();
                for (int n = 0; System.nanoTime() < end; n++) {
                    next += 1_000_000_000L / rate;
                    int[] span = entities.get((reviewer * 1_000_003 + n * 7919) % entities.size());
                    String body = "[" + accept(span) + "]";
                    while (true) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = post(http, server, version, body);
                        micros.add((System.nanoTime() - start) / 1_000);
                        JsonNode answer = JSON.readTree(response.body());
                        if (response.statusCode() == 200) {
                            version = answer.path("version").asInt();
                            if (acknowledged.put(version, "r" + reviewer) != null) {
                                errors.incrementAndGet(); // two 200s for one version
                            }
                            break;
                        } else if (response.statusCode() == 412) {
                            conflicts.incrementAndGet();
                            version = answer.path("version").asInt();
                        } else {
                            errors.incrementAndGet();
                            System.err.println(response.statusCode() + " " + response.body());
                            break;
                        }
                    }
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        List<com.fasterxml.jackson.databind.node.ObjectNode> log =
                new ReviewLog(folder.resolve("review/big.jsonl")).read().entries();
        Map<Integer, Integer> timesLogged = new HashMap<>();
        for (var entry : log) {
            timesLogged.merge(entry.path("seq").asInt(), 1, Integer::sum);
        }
        int missing = 0;
        for (Map.Entry<Integer, String> ack : acknowledged.entrySet()) {
            if (timesLogged.getOrDefault(ack.getKey(), 0) != 1) {
                missing++;
            }
        }
        Collections.sort(micros);
        System.out.printf(
                "%d reviewers x %d ops/s x %d s on one document: %,d ops answered 200, %,d answered 412 (retried), "
                        + "%d other errors; requests median %.1f ms, p99 %.1f ms; log: %,d entries, "
                        + "%d acknowledged ops not logged exactly once%n",
                reviewers,
                rate,
                seconds,
                acknowledged.size(),
                conflicts.get(),
                errors.get(),
                micros.get(micros.size() / 2) / 1e3,
                micros.get(micros.size() * 99 / 100) / 1e3,
                log.size(),
                missing);
    }

    private static String accept(int[] span) {
        return "{\"op\":\"accept\",\"type\":\"NamedEntity\",\"begin\":" + span[0] + ",\"end\":" + span[1] + "}";
    }

    private static HttpResponse<String> get(HttpClient http, ViewerServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, ViewerServer server, int version, String ops)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/documents/big/review"))
                        .header(AccessGuard.TOKEN_HEADER, server.token())
                        .header("If-Match", "\"" + version + "\"")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"ops\":" + ops + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                options.put("corpus", args[i]);
            }
        }
        return options;
    }
}
