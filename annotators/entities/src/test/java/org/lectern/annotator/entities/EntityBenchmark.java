package org.lectern.annotator.entities;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;

/**
 * Side-by-side benchmark of {@code entities}, {@code entities-gazetteer} and plain CoreNLP:
 * <ol>
 * <li>quality on a gold folder ({@code texts/*.txt}, {@code gold/*.json} in Lectern's gold schema): exact span+type
 * precision/recall/F1, canonical-name accuracy on matched mentions; the CoreNLP baseline is the same 3-class CRF
 * on CoreNLP-tokenized sentences with consecutive same-label tokens merged;</li>
 * <li>speed on a folder of .txt files: words/s of the {@code entities} step alone (segmentation done before
 * timing) against a CoreNLP {@code tokenize,ssplit,ner} pipeline on the same texts;</li>
 * <li>heap in use after the runs and peak RSS.</li>
 * </ol>
 * Arguments: GOLD_DIR CORPUS_DIR [MAX_FILES] [--errors]
 */
public final class EntityBenchmark {

    private record Entity(int begin, int end, String type, String canonical) {}

    private EntityBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args.length > 0 ? args[0] : "../shared/eval/seeds");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpora/bbc-news/business");
        int maxFiles = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        boolean showErrors = List.of(args).contains("--errors");

        AnalysisEngine segmenter = createEngine(new SegmenterProvider().createDescription());
        AnalysisEngine entities = createEngine(createEngineDescription(CrfEntityAnnotator.class));
        AnalysisEngine gazetteerOnly = createEngine(createEngineDescription(GazetteerEntityAnnotator.class));
        CRFClassifier<CoreLabel> crf = CrfModels.get(CrfEntityAnnotator.DEFAULT_MODEL);

        int[] ours = new int[4];
        int[] gazetteer = new int[4];
        int[] baseline = new int[4];
        List<Path> texts;
        try (Stream<Path> files = Files.list(gold.resolve("texts"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            String content = Files.readString(text, StandardCharsets.UTF_8);
            Set<Entity> expected = readGold(
                    gold.resolve("gold").resolve(text.getFileName().toString().replaceAll("\\.txt$", ".json")));
            JCas jcas = TestDocuments.document(content, "en");
            segmenter.process(jcas);
            List<Sentence> sentences = new ArrayList<>(JCasUtil.select(jcas, Sentence.class));
            score(expected, baselineEntities(crf, sentences), baseline, false, null);
            JCas gazetteerCas = TestDocuments.document(content, "en");
            segmenter.process(gazetteerCas);
            gazetteerOnly.process(gazetteerCas);
            score(expected, entitiesOf(gazetteerCas), gazetteer, false, null);
            entities.process(jcas);
            if (showErrors) {
                System.out.println(text.getFileName());
            }
            score(expected, entitiesOf(jcas), ours, showErrors, showErrors ? content : null);
        }
        report("entities", ours, true);
        report("entities-gazetteer", gazetteer, true);
        report("CoreNLP 3class CRF", baseline, false);

        List<String> corpusTexts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(maxFiles)
                    .toList()) {
                corpusTexts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        long words = corpusTexts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        long oursNanos = 0;
        long gazetteerNanos = 0;
        JCas jcas = TestDocuments.document("", "en");
        // run -1 is a warm-up on the first text, as for the CoreNLP pipelines below
        for (int run = -1; run < corpusTexts.size(); run++) {
            jcas.reset();
            jcas.setDocumentText(corpusTexts.get(Math.max(run, 0)));
            jcas.setDocumentLanguage("en");
            segmenter.process(jcas);
            long start = System.nanoTime();
            entities.process(jcas);
            long entitiesTime = System.nanoTime() - start;
            JCasUtil.select(jcas, NamedEntity.class).forEach(NamedEntity::removeFromIndexes);
            start = System.nanoTime();
            gazetteerOnly.process(jcas);
            long gazetteerTime = System.nanoTime() - start;
            if (run >= 0) {
                oursNanos += entitiesTime;
                gazetteerNanos += gazetteerTime;
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                "heap in use after GC with segmenter + entities + entities-gazetteer loaded: %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        long coreNlpNanos = timeCoreNlp(corpusTexts, Map.of());
        // the same pipeline reduced to the 3-class CRF: shows what the default ner annotator spends elsewhere
        long coreNlpCrfOnlyNanos = timeCoreNlp(
                corpusTexts,
                Map.of(
                        "ner.model",
                        CrfEntityAnnotator.DEFAULT_MODEL,
                        "ner.applyFineGrained",
                        "false",
                        "ner.useSUTime",
                        "false",
                        "ner.applyNumericClassifiers",
                        "false",
                        "ner.buildEntityMentions",
                        "false"));
        System.out.printf("speed on %d files, %d words (whitespace-separated):%n", corpusTexts.size(), words);
        double oursRate = words / (oursNanos / 1e9);
        double coreNlpRate = words / (coreNlpNanos / 1e9);
        System.out.printf("  entities step:            %,10.0f words/s (%.1f s)%n", oursRate, oursNanos / 1e9);
        System.out.printf(
                "  entities-gazetteer step:  %,10.0f words/s (%.1f s)%n",
                words / (gazetteerNanos / 1e9), gazetteerNanos / 1e9);
        System.out.printf("  CoreNLP tokenize,ssplit,ner: %,7.0f words/s (%.1f s)%n", coreNlpRate, coreNlpNanos / 1e9);
        System.out.printf(
                "  CoreNLP tokenize,ssplit,ner, 3class CRF only: %,7.0f words/s (%.1f s)%n",
                words / (coreNlpCrfOnlyNanos / 1e9), coreNlpCrfOnlyNanos / 1e9);
        System.out.printf("  ratio entities / CoreNLP tokenize,ssplit,ner: %.2fx%n", oursRate / coreNlpRate);
        System.gc();
        System.out.printf(
                "heap in use after GC, last CoreNLP pipeline still loaded: %d MB (max heap %d MB); peak RSS: %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, peakRss());
    }

    /** Nanoseconds a CoreNLP tokenize,ssplit,ner pipeline (plus extra properties) takes over the texts after a warm-up. */
    private static long timeCoreNlp(List<String> texts, Map<String, String> extraProperties) {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,ner");
        // CoreNLP 4.5 declares pos and lemma as requirements of ner; the comparison asked for is without them
        properties.setProperty("enforceRequirements", "false");
        extraProperties.forEach(properties::setProperty);
        StanfordCoreNLP.clearAnnotatorPool(); // only one CoreNLP pipeline in the heap at a time
        long loadStart = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        System.out.printf(
                "CoreNLP pipeline %s load: %.1f s%n", extraProperties.keySet(), (System.nanoTime() - loadStart) / 1e9);
        pipeline.annotate(new CoreDocument(texts.get(0)));
        long start = System.nanoTime();
        for (String text : texts) {
            pipeline.annotate(new CoreDocument(text));
        }
        return System.nanoTime() - start;
    }

    private static Set<Entity> readGold(Path file) throws Exception {
        Set<Entity> entities = new HashSet<>();
        for (JsonNode entity : new ObjectMapper().readTree(file.toFile()).get("entities")) {
            entities.add(new Entity(
                    entity.get("begin").asInt(),
                    entity.get("end").asInt(),
                    entity.get("type").asText(),
                    entity.get("canonical").asText()));
        }
        return entities;
    }

    private static Set<Entity> entitiesOf(JCas jcas) {
        Set<Entity> entities = new HashSet<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            entities.add(new Entity(entity.getBegin(), entity.getEnd(), entity.getValue(), entity.getIdentifier()));
        }
        return entities;
    }

    /** Plain CoreNLP: the CRF on CoreNLP-tokenized sentences, same-label tokens merged, span text as canonical. */
    private static Set<Entity> baselineEntities(CRFClassifier<CoreLabel> crf, List<Sentence> sentences) {
        Set<Entity> entities = new HashSet<>();
        for (Sentence sentence : sentences) {
            List<CoreLabel> tokens = PTBTokenizer.coreLabelFactory("invertible=true")
                    .getTokenizer(new StringReader(sentence.getCoveredText()))
                    .tokenize();
            for (CrfModels.LabelledSpan span : CrfModels.labelledSpans(crf, tokens)) {
                int begin = sentence.getBegin() + tokens.get(span.start()).beginPosition();
                int end = sentence.getBegin() + tokens.get(span.end() - 1).endPosition();
                entities.add(new Entity(
                        begin,
                        end,
                        span.label(),
                        sentence.getCAS().getDocumentText().substring(begin, end)));
            }
        }
        return entities;
    }

    /** Adds true positives, predicted, gold and canonical-correct matches to {@code counts}. */
    private static void score(Set<Entity> gold, Set<Entity> predicted, int[] counts, boolean showErrors, String text) {
        Map<String, Entity> goldBySpan = new HashMap<>();
        gold.forEach(e -> goldBySpan.put(e.begin() + ":" + e.end() + ":" + e.type(), e));
        Set<String> matched = new HashSet<>();
        for (Entity entity : predicted) {
            Entity expected = goldBySpan.get(entity.begin() + ":" + entity.end() + ":" + entity.type());
            if (expected != null) {
                counts[0]++;
                matched.add(entity.begin() + ":" + entity.end() + ":" + entity.type());
                if (expected.canonical().equals(entity.canonical())) {
                    counts[3]++;
                } else if (showErrors) {
                    System.out.printf(
                            "  canonical %s: %s expected %s%n",
                            text.substring(entity.begin(), entity.end()), entity.canonical(), expected.canonical());
                }
            } else if (showErrors) {
                System.out.printf(
                        "  false positive %s %s @%d%n",
                        entity.type(), text.substring(entity.begin(), entity.end()), entity.begin());
            }
        }
        if (showErrors) {
            goldBySpan.forEach((key, e) -> {
                if (!matched.contains(key)) {
                    System.out.printf("  missed %s %s @%d%n", e.type(), text.substring(e.begin(), e.end()), e.begin());
                }
            });
        }
        counts[1] += predicted.size();
        counts[2] += gold.size();
    }

    private static void report(String name, int[] counts, boolean withCanonical) {
        double precision = counts[0] / (double) counts[1];
        double recall = counts[0] / (double) counts[2];
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(
                "%-20s P=%.3f R=%.3f F1=%.3f (tp %d, predicted %d, gold %d)%s%n",
                name,
                precision,
                recall,
                f1,
                counts[0],
                counts[1],
                counts[2],
                withCanonical
                        ? String.format(
                                " canonical accuracy %.3f (%d/%d)",
                                counts[3] / (double) counts[0], counts[3], counts[0])
                        : "");
    }

    private static String peakRss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " "))
                .findFirst()
                .orElse("n/a");
    }
}
