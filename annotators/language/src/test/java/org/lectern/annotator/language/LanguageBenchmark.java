package org.lectern.annotator.language;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.type.LanguageSpan;

/**
 * Accuracy, speed and memory of our detector against Lingua (high and low accuracy), Optimaize and OpenNLP on
 * Lingua's accuracy test data ({@code <data>/{sentences,word-pairs,single-words}/<iso>.txt}), over the
 * languages all five support; plus paragraph accuracy of the annotator on mixed-language documents.
 *
 * <pre>
 * LanguageBenchmark --data DIR [--limit N]            runs every detector in its own JVM and prints a table
 * LanguageBenchmark --data DIR --detector NAME --languages en,de,... [--limit N]   one detector (child JVM)
 * </pre>
 * Peak RSS is the child JVM's VmHWM; each child gets {@code -Xmx} of {@link #HEAP_PER_DETECTOR}.
 */
public final class LanguageBenchmark {

    private static final List<String> KINDS = List.of("sentences", "word-pairs", "single-words");
    /**
     * Our detector must fit in 1 GB resident: its index takes ~230 MB of heap, ~400 MB while it is built once (it
     * fits in 512m); 700m leaves the collector room without letting it commit far more than it needs (with several
     * GB of heap allowed, G1 grows to about 1 GB resident). Lingua's high-accuracy mode needs about 2.4 GB.
     */
    private static final Map<String, String> HEAP_PER_DETECTOR = Map.of(
            "ours",
            "-Xmx700m",
            "lingua-high",
            "-Xmx3g",
            "lingua-low",
            "-Xmx1g",
            "optimaize",
            "-Xmx1g",
            "opennlp",
            "-Xmx1g");

    private LanguageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("data")) {
            throw new IllegalArgumentException(
                    "usage: --data <language-testdata dir> [--limit N] [--detector NAME --languages a,b]");
        }
        Path data = Path.of(options.get("data"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "1000"));
        if (options.containsKey("detector")) {
            List<Language> languages = Arrays.stream(options.get("languages").split(","))
                    .map(LanguageBenchmark::linguaLanguage)
                    .toList();
            runOne(options.get("detector"), data, languages, limit);
        } else {
            runAll(data, limit);
        }
    }

    private static void runAll(Path data, int limit) throws Exception {
        List<Language> languages = commonLanguages();
        String codes = languages.stream().map(LanguageBenchmark::iso1).collect(Collectors.joining(","));
        System.out.printf("%d languages supported by all detectors: %s%n", languages.size(), codes);
        System.out.printf(
                "%-12s %10s %10s %12s %10s %9s %10s%n",
                "detector", "sentences", "word-pairs", "single-words", "items/s", "warm-up s", "peak RSS");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String detector : List.of("ours", "lingua-high", "lingua-low", "optimaize", "opennlp")) {
            Process child = new ProcessBuilder(
                            java,
                            HEAP_PER_DETECTOR.get(detector),
                            "-cp",
                            classPath(),
                            LanguageBenchmark.class.getName(),
                            "--data",
                            data.toString(),
                            "--detector",
                            detector,
                            "--languages",
                            codes,
                            "--limit",
                            Integer.toString(limit))
                    .redirectErrorStream(true)
                    .start();
            try (InputStream out = child.getInputStream()) {
                out.transferTo(System.out);
            }
            if (child.waitFor() != 0) {
                System.out.printf("%-12s failed (exit %d)%n", detector, child.exitValue());
            }
        }
    }

    /** Under exec:java the test classes come from the plugin's class loader, not java.class.path. */
    private static String classPath() {
        if (LanguageBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            return Arrays.stream(loader.getURLs())
                    .map(url -> {
                        try {
                            return Path.of(url.toURI()).toString();
                        } catch (java.net.URISyntaxException e) {
                            throw new IllegalStateException("class path entry " + url, e);
                        }
                    })
                    .collect(Collectors.joining(java.io.File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** Lingua's languages that Optimaize's built-in profiles and OpenNLP's langdetect-183 model also cover. */
    private static List<Language> commonLanguages() throws IOException {
        Set<String> optimaize = new LanguageProfileReader()
                .readAllBuiltIn().stream().map(p -> p.getLocale().getLanguage()).collect(Collectors.toSet());
        Set<String> opennlp = Set.of(openNlp().getSupportedLanguages());
        return Language.all().stream()
                .filter(l -> optimaize.contains(iso1(l))
                        && opennlp.contains(l.getIsoCode639_3().toString()))
                .toList();
    }

    private static void runOne(String name, Path data, List<Language> languages, int limit) throws Exception {
        long start = System.nanoTime();
        Function<String, String> detector = detector(name, languages);
        for (Language language : languages) { // loads what lazily loading detectors load
            detector.apply(items(data, "sentences", language, 1).get(0));
        }
        double warmUpSeconds = (System.nanoTime() - start) / 1e9;
        List<Double> meanAccuracies = new ArrayList<>();
        long items = 0;
        long detecting = 0;
        for (String kind : KINDS) {
            double accuracySum = 0;
            for (Language language : languages) {
                List<String> texts = items(data, kind, language, limit);
                long t0 = System.nanoTime();
                int correct = 0;
                for (String text : texts) {
                    if (iso1(language).equals(detector.apply(text))) {
                        correct++;
                    }
                }
                detecting += System.nanoTime() - t0;
                items += texts.size();
                accuracySum += (double) correct / texts.size();
            }
            meanAccuracies.add(100.0 * accuracySum / languages.size());
        }
        System.out.printf(
                "%-12s %9.2f%% %9.2f%% %11.2f%% %10.0f %9.1f %7d MB%n",
                name,
                meanAccuracies.get(0),
                meanAccuracies.get(1),
                meanAccuracies.get(2),
                items / (detecting / 1e9),
                warmUpSeconds,
                peakRssMb());
        if (name.equals("ours")) {
            for (int sentencesPerParagraph : new int[] {1, 2}) {
                mixedDocuments(data, languages, sentencesPerParagraph);
            }
        }
    }

    /** Returns the detector as text → ISO 639-1 code (or anything else for "no answer"). */
    private static Function<String, String> detector(String name, List<Language> languages) throws IOException {
        switch (name) {
            case "ours": {
                NgramLanguageDetector ours = new NgramLanguageDetector(EnumSet.copyOf(Language.all()));
                return text -> iso1(ours.detect(text).language());
            }
            case "lingua-high":
            case "lingua-low": {
                LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromAllLanguages();
                var lingua = (name.equals("lingua-low") ? builder.withLowAccuracyMode() : builder).build();
                return text -> iso1(lingua.detectLanguageOf(text));
            }
            case "optimaize": {
                var optimaize = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
                return text -> optimaize.getProbabilities(text).stream()
                        .findFirst()
                        .map(p -> p.getLocale().getLanguage())
                        .orElse("");
            }
            case "opennlp": {
                LanguageDetectorME opennlp = openNlp();
                Map<String, String> iso3ToIso1 = languages.stream()
                        .collect(Collectors.toMap(l -> l.getIsoCode639_3().toString(), LanguageBenchmark::iso1));
                return text ->
                        iso3ToIso1.getOrDefault(opennlp.predictLanguage(text).getLang(), "");
            }
            default:
                throw new IllegalArgumentException(
                        "--detector must be ours, lingua-high, lingua-low, optimaize or opennlp, got " + name);
        }
    }

    private static LanguageDetectorME openNlp() throws IOException {
        try (InputStream model = LanguageBenchmark.class.getResourceAsStream("/langdetect-183.bin")) {
            return new LanguageDetectorME(new LanguageDetectorModel(model));
        }
    }

    /**
     * Documents of five paragraphs, each in a random language and made of consecutive test sentences: counts the
     * paragraphs whose covering span has the right language, and spans not on paragraph boundaries.
     */
    private static void mixedDocuments(Path data, List<Language> languages, int sentencesPerParagraph)
            throws Exception {
        AnalysisEngine annotator = createEngine(LanguageAnnotator.class);
        JCas jcas = JCasFactory.createJCas();
        Random random = new Random(42);
        int paragraphs = 0;
        int correct = 0;
        int misplacedSpans = 0;
        long start = System.nanoTime();
        for (int document = 0; document < 200; document++) {
            StringBuilder text = new StringBuilder();
            List<int[]> bounds = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                Language language = languages.get(random.nextInt(languages.size()));
                List<String> sentences = items(data, "sentences", language, 1000);
                int first = random.nextInt(sentences.size() - sentencesPerParagraph);
                int begin = text.length();
                text.append(String.join(" ", sentences.subList(first, first + sentencesPerParagraph)));
                bounds.add(new int[] {begin, text.length()});
                expected.add(iso1(language));
                text.append("\n\n");
            }
            jcas.reset();
            jcas.setDocumentText(text.toString());
            annotator.process(jcas);
            Set<Integer> begins = bounds.stream().map(b -> b[0]).collect(Collectors.toSet());
            Set<Integer> ends = bounds.stream().map(b -> b[1]).collect(Collectors.toSet());
            for (LanguageSpan span : JCasUtil.select(jcas, LanguageSpan.class)) {
                if (!begins.contains(span.getBegin()) || !ends.contains(span.getEnd())) {
                    misplacedSpans++;
                }
            }
            for (int p = 0; p < bounds.size(); p++) {
                List<LanguageSpan> covering =
                        JCasUtil.selectCovering(jcas, LanguageSpan.class, bounds.get(p)[0], bounds.get(p)[1]);
                paragraphs++;
                if (covering.size() == 1 && covering.get(0).getLanguage().equals(expected.get(p))) {
                    correct++;
                }
            }
        }
        System.out.printf(
                "mixed documents (%d sentence(s) per paragraph): %d/%d paragraphs right (%.2f%%), "
                        + "%d spans off paragraph boundaries, %.0f documents/s%n",
                sentencesPerParagraph,
                correct,
                paragraphs,
                100.0 * correct / paragraphs,
                misplacedSpans,
                200 / ((System.nanoTime() - start) / 1e9));
    }

    private static final Map<Path, List<String>> FILES = new java.util.HashMap<>();

    private static List<String> items(Path data, String kind, Language language, int limit) throws IOException {
        Path file = data.resolve(kind).resolve(iso1(language) + ".txt");
        List<String> lines = FILES.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank())
                        .toList();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read test data file " + f, e);
            }
        });
        return lines.subList(0, Math.min(limit, lines.size()));
    }

    private static String iso1(Language language) {
        return language.getIsoCode639_1().toString();
    }

    private static Language linguaLanguage(String iso1) {
        return Language.all().stream()
                .filter(l -> iso1(l).equals(iso1.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--languages: unknown ISO 639-1 code " + iso1));
    }

    private static long peakRssMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1);
    }
}
