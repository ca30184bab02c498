package org.lectern.annotator.quotes.benchmark;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.util.JCasUtil.select;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.lectern.annotator.quotes.QuotesProvider;
import org.lectern.annotator.quotes.benchmark.SeedGold.Span;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.AnnotatorProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Quotation;

/**
 * Side-by-side benchmark of the {@code quotes} annotator (test class path only: it runs GPL code).
 *
 * <ol>
 * <li>Quality on the seed gold: with oracle entities (gold entity spans put into the CAS), with the
 * {@code entities} annotator when it is on the class path, and with no entities layer (capitalised names).</li>
 * <li>The same gold with Stanford CoreNLP's {@code quote} annotator with {@code quote.attributeQuotes=true}
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote): quality, time, heap.</li>
 * <li>Speed of the {@code quotes} step alone on a corpus of .txt files, single thread, paragraphs/sentences and
 * no entities precomputed (segmentation excluded from the timing).</li>
 * </ol>
 *
 * Arguments: {@code SEEDS_DIR CORPUS_DIR [--no-corenlp] [--corpus-entities]}; the last precomputes the
 * {@code entities} layer on the corpus too (outside the timing). Run as documented in the module README.
 */
public final class QuotesBenchmark {

    private QuotesBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: QuotesBenchmark SEEDS_DIR CORPUS_DIR [--no-corenlp] [--corpus-entities]");
        }
        List<SeedGold> seeds = SeedGold.load(Path.of(args[0]));
        Path corpus = Path.of(args[1]);
        boolean withCoreNlp = !List.of(args).contains("--no-corenlp");
        boolean corpusEntities = List.of(args).contains("--corpus-entities");
        long seedWords = seeds.stream().mapToLong(seed -> words(seed.text())).sum();

        AnalysisEngine segmenter = createEngine(new SegmenterProvider().createDescription());
        AnalysisEngine quotes = createEngine(new QuotesProvider().createDescription());
        Optional<AnnotatorProvider> entities = provider("entities");

        System.out.println("== quotes on " + seeds.size() + " seed documents (" + seedWords + " words)");
        System.out.println("oracle entities:  " + scoreSeeds(seeds, segmenter, null, quotes, true, true));
        AnalysisEngine entityEngine =
                entities.isPresent() ? createEngine(entities.get().createDescription()) : null;
        if (entityEngine != null) {
            System.out.println(
                    "entities annotator: " + scoreSeeds(seeds, segmenter, entityEngine, quotes, false, true));
            double seconds = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                scoreSeeds(seeds, segmenter, entityEngine, quotes, false, false);
                seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  segmenter+entities+quotes on the seeds: %.2f s (%.0f words/s, "
                            + "best of 3 after a warm-up run)%n",
                    seconds,
                    seedWords / seconds);
        } else {
            System.out.println("entities annotator: not on the class path, skipped");
        }
        System.out.println("no entities layer: " + scoreSeeds(seeds, segmenter, null, quotes, false, true));
        System.out.printf(
                Locale.ROOT,
                "heap used after GC with Lectern engines loaded: %d MB; peak RSS so far %s%n",
                usedHeapMb(),
                peakRss());

        speed(corpus, segmenter, corpusEntities ? entityEngine : null, quotes);

        if (withCoreNlp) {
            coreNlp(seeds, seedWords);
        }
    }

    /** The registered provider called {@code name}; a broken registration is reported and skipped. */
    private static Optional<AnnotatorProvider> provider(String name) {
        Iterator<AnnotatorProvider> registered =
                ServiceLoader.load(AnnotatorProvider.class).iterator();
        while (true) {
            try {
                if (!registered.hasNext()) {
                    return Optional.empty();
                }
                AnnotatorProvider provider = registered.next();
                if (provider.name().equals(name)) {
                    return Optional.of(provider);
                }
            } catch (ServiceConfigurationError e) {
                // the iterator goes on with the next registration after an error
                System.out.println("skipping a broken annotator registration: " + e.getMessage());
            }
        }
    }

    /** Runs the engines over every seed and scores the quotes against the gold. */
    private static String scoreSeeds(
            List<SeedGold> seeds,
            AnalysisEngine segmenter,
            AnalysisEngine entities,
            AnalysisEngine quotes,
            boolean oracleEntities,
            boolean showErrors)
            throws Exception {
        QuoteScore score = new QuoteScore();
        StringBuilder errors = new StringBuilder();
        for (SeedGold seed : seeds) {
            JCas jcas = TestDocuments.document(seed.text(), "en");
            segmenter.process(jcas);
            if (oracleEntities) {
                for (Span entity : seed.entities()) {
                    NamedEntity named = new NamedEntity(jcas, entity.begin(), entity.end());
                    named.setValue(entity.type());
                    named.setIdentifier(entity.label());
                    named.addToIndexes();
                }
            }
            if (entities != null) {
                entities.process(jcas);
            }
            quotes.process(jcas);
            List<Span> predicted = new ArrayList<>();
            for (Quotation quotation : select(jcas, Quotation.class)) {
                predicted.add(new Span(
                        quotation.getBegin(),
                        quotation.getEnd(),
                        quotation.getSpeakerName(),
                        null,
                        quotation.getSpeakerMention() == null
                                ? -1
                                : quotation.getSpeakerMention().getBegin()));
            }
            score.add(seed.quotes(), predicted, errors, seed.name().substring(0, 3));
        }
        return score.summary()
                + (showErrors && errors.length() > 0 ? "\n" + errors.toString().stripTrailing() : "");
    }

    private static void speed(Path corpus, AnalysisEngine segmenter, AnalysisEngine entities, AnalysisEngine quotes)
            throws Exception {
        List<JCas> documents = new ArrayList<>();
        long words = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                JCas jcas = TestDocuments.document(text, "en");
                segmenter.process(jcas);
                if (entities != null) {
                    entities.process(jcas);
                }
                documents.add(jcas);
                words += words(text);
            }
        }
        if (documents.isEmpty()) {
            throw new IOException("no .txt files under " + corpus);
        }
        int found = 0;
        double bestSeconds = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            found = 0;
            long start = System.nanoTime();
            for (JCas jcas : documents) {
                jcas.removeAllIncludingSubtypes(Quotation.type);
                quotes.process(jcas);
                found += select(jcas, Quotation.class).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round > 0) {
                bestSeconds = Math.min(bestSeconds, seconds);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "== speed of the quotes step (1 thread, %s precomputed): "
                        + "%d documents, %d words, %d quotes, best of 3 after warm-up %.3f s = %.0f words/s%n",
                entities != null ? "segmentation and entities" : "segmentation, no entities layer,",
                documents.size(),
                words,
                found,
                bestSeconds,
                words / bestSeconds);
    }

    private static void coreNlp(List<SeedGold> seeds, long seedWords) {
        System.gc();
        long heapBefore = usedHeapMb();
        long start = System.nanoTime();
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        properties.setProperty("quote.attributeQuotes", "true");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        QuoteScore score = null;
        StringBuilder errors = null;
        double annotateSeconds = 0;
        for (int round = 0; round < 2; round++) {
            score = new QuoteScore();
            errors = new StringBuilder();
            start = System.nanoTime();
            for (SeedGold seed : seeds) {
                CoreDocument document = new CoreDocument(seed.text());
                pipeline.annotate(document);
                List<Span> predicted = new ArrayList<>();
                for (CoreQuote quote : document.quotes()) {
                    int begin = quote.quoteCharOffsets().first();
                    int end = quote.quoteCharOffsets().second();
                    String speaker =
                            quote.canonicalSpeaker().orElse(quote.speaker().orElse(null));
                    // CoreNLP's quote spans include the marks; ours and the gold's do not
                    predicted.add(new Span(begin + 1, Math.max(begin + 1, end - 1), speaker, null, -1));
                }
                score.add(seed.quotes(), predicted, errors, seed.name().substring(0, 3));
            }
            annotateSeconds = (System.nanoTime() - start) / 1e9;
        }
        System.out.println("== Stanford CoreNLP quote + quoteattribution on the same gold");
        System.out.println("CoreNLP: " + score.summary());
        System.out.printf(
                Locale.ROOT,
                "  CoreNLP load %.1f s, annotate the seeds %.2f s (%.0f words/s, second run); "
                        + "heap used after GC with the pipeline loaded: %d MB (Lectern engines before it: %d MB); peak RSS %s%n",
                loadSeconds,
                annotateSeconds,
                seedWords / annotateSeconds,
                usedHeapMb(),
                heapBefore,
                peakRss());
        System.out.println(errors.toString().stripTrailing());
    }

    private static long words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** The process's peak resident set size (VmHWM), where the platform reports it. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM"))
                    .map(line -> line.replaceAll("\\s+", " ").substring(7))
                    .findFirst()
                    .orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }
}
