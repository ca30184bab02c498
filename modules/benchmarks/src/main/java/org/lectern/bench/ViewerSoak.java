package org.lectern.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.lectern.viewer.ViewerServer;

/**
 * Issue 19's viewer soak: the viewer serves a folder of XMI files while a client asks for the document list,
 * single documents and searches at a fixed rate, and another thread adds, rewrites (atomically or in place) and
 * removes files. Every minute it prints requests, 5xx and transport errors, p50/p99 latency and the heap after a
 * full GC; at the end it checks: no 5xx, heap growth from minute 5 (or half-time, in shorter runs) to the end at
 * most 10 %, and the p99 of no later minute more than twice that of the reference minute plus 50 ms.
 *
 * <p>Usage: {@code ViewerSoak XMI_POOL_DIR [--duration SECONDS] [--rate PER_SECOND]}: the pool is an annotated
 * folder (with TypeSystem.xml); the viewer serves a copy that starts with half of its files. Exit code 1 when a
 * check fails.
 */
public final class ViewerSoak {

    private static final List<String> QUERIES =
            List.of("minister", "Angela Weber", "Berlin", "Mark Thompson", "plan", "Paris", "nothing-matches");

    private record Sample(long second, int status, long micros) {}

    private final List<Path> pool;
    private final Path served;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicLong transportErrors = new AtomicLong();
    private final Random random = new Random(19);
    private final long startNanos = System.nanoTime();

    private ViewerSoak(List<Path> pool, Path served) {
        this.pool = pool;
        this.served = served;
    }

    public static void main(String[] args) throws Exception {
        Path poolDir = Path.of(args[0]);
        int duration = 60;
        int rate = 100;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--duration" -> duration = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> pool;
        try (Stream<Path> files = Files.list(poolDir)) {
            pool = files.filter(f -> f.toString().endsWith(".xmi")).sorted().toList();
        }
        Path served = Files.createTempDirectory("lectern-soak");
        Files.copy(poolDir.resolve("TypeSystem.xml"), served.resolve("TypeSystem.xml"));
        for (int i = 0; i < pool.size(); i += 2) {
            Files.copy(pool.get(i), served.resolve(pool.get(i).getFileName()));
        }
        System.exit(new ViewerSoak(pool, served).soak(duration, rate) ? 0 : 1);
    }

    private boolean soak(int durationSeconds, int rate) throws Exception {
        System.out.printf(
                "viewer soak: %d s at %d requests/s, %d XMI in the pool, %d served at start; heap limit %d MB%n",
                durationSeconds,
                rate,
                pool.size(),
                (pool.size() + 1) / 2,
                Runtime.getRuntime().maxMemory() >> 20);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        List<Long> heapByMinute = new ArrayList<>();
        try (ViewerServer viewer = new ViewerServer(served, "127.0.0.1", 0).start()) {
            viewer.awaitIndexed(120_000);
            URI base = viewer.uri();
            timers.scheduleAtFixedRate(() -> request(client, base), 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            timers.scheduleAtFixedRate(this::changeFolder, 100, 200, TimeUnit.MILLISECONDS);
            for (int minute = 1; minute * 60 <= Math.max(60, durationSeconds); minute++) {
                Thread.sleep(Math.min(60, durationSeconds) * 1000L);
                heapByMinute.add(heapAfterGc());
                report(minute, heapByMinute.get(minute - 1));
            }
            timers.shutdownNow();
        }
        return verdict(heapByMinute);
    }

    private void request(HttpClient client, URI base) {
        String path = switch (random.nextInt(10)) {
            case 0, 1 -> "api/documents";
            case 2, 3, 4 ->
                "api/search?q="
                        + URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8);
            default -> "api/documents/" + stem(pool.get(random.nextInt(pool.size())));
        };
        long sent = System.nanoTime();
        client.sendAsync(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    long now = System.nanoTime();
                    if (error != null) {
                        if (transportErrors.incrementAndGet() == 1) {
                            System.out.println("first transport error: " + error);
                        }
                        return;
                    }
                    samples.add(new Sample(
                            (now - startNanos) / 1_000_000_000, response.statusCode(), (now - sent) / 1_000));
                });
    }

    /** Adds a missing file, rewrites a present one (atomically or in place, half-written for a moment) or removes one. */
    private void changeFolder() {
        try {
            Path source = pool.get(random.nextInt(pool.size()));
            Path target = served.resolve(pool.get(random.nextInt(pool.size())).getFileName());
            switch (random.nextInt(4)) {
                case 0 -> Files.deleteIfExists(target);
                case 1 -> {
                    byte[] content = Files.readAllBytes(source);
                    Files.write(target, java.util.Arrays.copyOf(content, content.length / 2));
                    Files.write(target, content);
                }
                default -> {
                    Path temp = served.resolve(".soak-" + target.getFileName());
                    Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (Exception e) {
            System.err.println("folder change failed: " + e);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private final List<long[]> minutes = new ArrayList<>();

    private void report(int minute, long heap) {
        List<Long> latencies = new ArrayList<>();
        long errors5xx = 0;
        long requests = 0;
        for (Sample s = samples.poll(); s != null; s = samples.poll()) {
            requests++;
            errors5xx += s.status() >= 500 ? 1 : 0;
            latencies.add(s.micros());
        }
        latencies.sort(null);
        long p50 = percentile(latencies, 0.50);
        long p99 = percentile(latencies, 0.99);
        minutes.add(new long[] {requests, errors5xx, p99});
        System.out.printf(
                "minute %3d: %6d requests, %d 5xx, %d transport errors, p50 %5.1f ms, p99 %6.1f ms, heap after GC %5.1f MB%n",
                minute, requests, errors5xx, transportErrors.get(), p50 / 1000.0, p99 / 1000.0, heap / 1e6);
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private boolean verdict(List<Long> heapByMinute) {
        long errors5xx = minutes.stream().mapToLong(m -> m[1]).sum();
        int reference = Math.min(5, Math.max(1, heapByMinute.size() / 2));
        long heapReference = heapByMinute.get(reference - 1);
        long heapEnd = heapByMinute.get(heapByMinute.size() - 1);
        double growth = (heapEnd - heapReference) / (double) heapReference;
        long p99Reference = minutes.get(reference - 1)[2];
        long p99Worst = minutes.subList(reference - 1, minutes.size()).stream()
                .mapToLong(m -> m[2])
                .max()
                .orElse(0);
        boolean ok5xx = errors5xx == 0 && transportErrors.get() == 0;
        boolean okHeap = growth <= 0.10;
        boolean okP99 = p99Worst <= 2 * p99Reference + 50_000;
        System.out.printf(
                "verdict: 5xx and transport errors %d (%s); heap after GC minute %d → end %+.1f %% (%s);"
                        + " worst p99 %.1f ms vs %.1f ms in minute %d (%s)%n",
                errors5xx + transportErrors.get(),
                ok5xx ? "ok" : "FAIL",
                reference,
                growth * 100,
                okHeap ? "ok" : "FAIL",
                p99Worst / 1000.0,
                p99Reference / 1000.0,
                reference,
                okP99 ? "ok" : "FAIL");
        return ok5xx && okHeap && okP99;
    }

    private static String stem(Path xmi) {
        String name = xmi.getFileName().toString();
        return name.substring(0, name.length() - ".xmi".length());
    }
}
