package org.lectern.bench.throughput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 18's benchmark, in one run on one corpus: Lectern's default pipeline through the launcher ({@code ./lectern
 * run examples/pipelines/news.xml}, the launcher's default JVM options) with one and two threads, and the CoreNLP
 * configuration of the issue with one thread, each in a process of its own ({@link ChildRun}: words/s after
 * start-up, start-up, peak RSS); then the default pipeline's steps timed one by one ({@link AnnotatorTimes}) under
 * Java Flight Recorder, with a profile summary ({@link JfrSummary}).
 *
 * <p>Usage: {@code ThroughputBenchmark LECTERN_HOME CORPUS_DIR [BASELINE_LAUNCHER [ROUNDS]]} — prints Markdown tables; a
 * baseline launcher (a script starting another build of Lectern) runs before each of this build's runs.
 */
public final class ThroughputBenchmark {

    private static final Pattern LAUNCHER_OPTIONS = Pattern.compile("(?m)^java_options=\"([^\"]*)\"$");

    private ThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path corpus = Path.of(args[1]).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("lectern-throughput");
        long words = Corpus.words(Corpus.textFiles(corpus));
        List<String> launcherOptions = launcherOptions(home);
        System.out.printf(
                Locale.ROOT,
                "corpus %s: %,d words; %d cores; launcher options %s; load average before: %s%n%n",
                corpus,
                words,
                Runtime.getRuntime().availableProcessors(),
                launcherOptions,
                loadAverage());
        // one untimed document first: builds the launcher if its sources changed and prepares its model files, so
        // that the timed runs start as every run after the first does
        Path warmUp = Files.createDirectories(work.resolve("warm-up-input"));
        Path firstFile = Corpus.textFiles(corpus).get(0);
        Files.copy(firstFile, warmUp.resolve(firstFile.getFileName()));
        lectern(home, warmUp, work.resolve("warm-up"), 1);

        // a baseline launcher (another build of Lectern) runs interleaved with this one, for before/after figures
        Path baseline = args.length > 2 && !args[2].isBlank() ? Path.of(args[2]).toAbsolutePath() : null;
        List<String[]> rows = new ArrayList<>();
        if (baseline != null) {
            rows.add(row("baseline, 1 thread", lectern(baseline, home, corpus, work.resolve("baseline"), 1), words));
        }
        ChildRun one = lectern(home, corpus, work, 1);
        rows.add(row("Lectern default pipeline, 1 thread", one, words));
        ChildRun coreNlp = coreNlp(corpus, work);
        rows.add(row("CoreNLP tokenize,ssplit,pos,lemma,ner,quote, 1 thread", coreNlp, words));
        if (baseline != null) {
            rows.add(row("baseline, 2 threads", lectern(baseline, home, corpus, work.resolve("baseline"), 2), words));
        }
        ChildRun two = lectern(home, corpus, work, 2);
        rows.add(row("Lectern default pipeline, 2 threads", two, words));
        System.out.println("| system | words/s | start-up s | peak RSS MB | wall s |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
        System.out.printf(
                Locale.ROOT,
                "%nLectern / CoreNLP (1 thread each): %.2fx (target >= 2); Lectern 2 threads / 1 thread: %.2fx "
                        + "(target >= 1.7); load average after: %s%n%n",
                one.wordsPerSecond(words) / coreNlp.wordsPerSecond(words),
                two.wordsPerSecond(words) / one.wordsPerSecond(words),
                loadAverage());
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        printScaling(home, corpus, work, words, two.wordsPerSecond(words) / one.wordsPerSecond(words), rounds);

        Path recording = work.resolve("annotators.jfr");
        List<String> command = new ArrayList<>(javaCommand(launcherOptions));
        command.add("-Dlectern.modelCache=" + home.resolve("target/model-cache"));
        command.addAll(List.of(
                AnnotatorTimes.class.getName(),
                home.resolve("examples/pipelines/news.xml").toString(),
                corpus.toString(),
                recording.toString()));
        ChildRun steps = ChildRun.run(command, work.resolve("annotators.log"), () -> false);
        printStepTable(steps.output());
        System.out.println();
        System.out.println("JFR profile of the per-annotator run (1 thread):");
        System.out.println(JfrSummary.of(recording));
    }

    /**
     * Further rounds of one and then two threads: a two-thread run of 500 articles does about 10 s of work after a
     * 4 s start, so one pair's ratio swings by ±10 % (JIT warm-up, collections); the median of the rounds is the
     * figure to compare with the target.
     */
    private static void printScaling(Path home, Path corpus, Path work, long words, double firstRatio, int rounds)
            throws Exception {
        List<Double> ratios = new ArrayList<>(List.of(firstRatio));
        for (int round = 2; round <= rounds; round++) {
            // a folder of its own: start-up ends when the first XMI appears there
            Path folder = work.resolve("round-" + round);
            double one = lectern(home, corpus, folder, 1).wordsPerSecond(words);
            double two = lectern(home, corpus, folder, 2).wordsPerSecond(words);
            ratios.add(two / one);
            System.out.printf(
                    Locale.ROOT,
                    "round %d: 1 thread %,.0f words/s, 2 threads %,.0f words/s: %.2fx%n",
                    round,
                    one,
                    two,
                    two / one);
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "Lectern 2 threads / 1 thread over %d round(s): %s; median %.2fx (target >= 1.7)%n%n",
                rounds,
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2fx", r)).toList(),
                sorted.get(sorted.size() / 2));
    }

    private static ChildRun lectern(Path home, Path corpus, Path work, int threads) throws Exception {
        return lectern(home.resolve("lectern"), home, corpus, work, threads);
    }

    private static ChildRun lectern(Path launcher, Path home, Path corpus, Path work, int threads) throws Exception {
        Files.createDirectories(work);
        Path out = work.resolve("lectern-" + threads);
        List<String> command = List.of(
                launcher.toString(),
                "run",
                home.resolve("examples/pipelines/news.xml").toString(),
                "--input",
                corpus.toString(),
                "--output",
                out.toString(),
                "--force",
                "--threads",
                Integer.toString(threads));
        return ChildRun.run(command, work.resolve("lectern-" + threads + ".log"), () -> hasXmi(out));
    }

    private static ChildRun coreNlp(Path corpus, Path work) throws Exception {
        Path marker = work.resolve("corenlp-first-document");
        // CoreNLP gets the heap Lectern's launcher had before issue 18 (3 GB), which its models fit in
        List<String> command = new ArrayList<>(javaCommand(List.of("-Xmx3g")));
        command.addAll(List.of(CoreNlpRun.class.getName(), corpus.toString(), marker.toString()));
        return ChildRun.run(command, work.resolve("corenlp.log"), () -> Files.exists(marker));
    }

    private static List<String> javaCommand(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    private static String[] row(String system, ChildRun run, long words) {
        return new String[] {
            system,
            String.format(Locale.ROOT, "%,.0f", run.wordsPerSecond(words)),
            String.format(Locale.ROOT, "%.1f", run.startupSeconds()),
            Long.toString(run.peakRssMb()),
            String.format(Locale.ROOT, "%.1f", run.wallSeconds())
        };
    }

    private static void printStepTable(String output) {
        long words = 0;
        List<String[]> steps = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("WORDS ")) {
                words = Long.parseLong(line.substring(6).trim());
            } else if (line.startsWith("STEP ")) {
                steps.add(line.trim().split(" "));
            }
        }
        long total = steps.stream().mapToLong(s -> Long.parseLong(s[2])).sum();
        System.out.printf(
                Locale.ROOT,
                "Per annotator (1 thread, models loaded beforehand; %,.0f words/s for all steps):%n",
                words / (total / 1e9));
        System.out.println("| step | words/s | share of time |");
        System.out.println("|---|---|---|");
        for (String[] step : steps) {
            long nanos = Long.parseLong(step[2]);
            System.out.printf(
                    Locale.ROOT, "| %s | %,.0f | %.1f %% |%n", step[1], words / (nanos / 1e9), 100.0 * nanos / total);
        }
    }

    /** The JVM options the launcher uses when LECTERN_JAVA_OPTS is not set. */
    static List<String> launcherOptions(Path home) throws Exception {
        Matcher matcher = LAUNCHER_OPTIONS.matcher(Files.readString(home.resolve("lectern")));
        if (!matcher.find()) {
            throw new IllegalStateException(home.resolve("lectern") + ": no java_options=\"…\" line found");
        }
        return Arrays.stream(matcher.group(1).trim().split("\\s+")).toList();
    }

    private static boolean hasXmi(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".xmi"));
        } catch (Exception e) {
            return false;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
