package org.lectern.bench.throughput;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP configuration issue 18 compares with, in a JVM of its own: {@code tokenize,ssplit,pos,lemma,ner,quote},
 * {@code ner.model} the 3-class CRF only, {@code ner.applyFineGrained=false}, one thread; quote attribution off
 * (it needs {@code depparse} and {@code coref}, which the configuration does not run). Every {@code .txt} file of
 * the corpus is annotated once; a marker file is written after the first, for the driver to time the start-up.
 *
 * <p>Usage: {@code CoreNlpRun CORPUS_DIR MARKER_FILE}
 */
public final class CoreNlpRun {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CoreNlpRun() {}

    public static void main(String[] args) throws IOException {
        List<Path> files = Corpus.textFiles(Path.of(args[0]));
        Path marker = Path.of(args[1]);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        for (int i = 0; i < files.size(); i++) {
            pipeline.annotate(new Annotation(Files.readString(files.get(i))));
            if (i == 0) {
                Files.writeString(marker, "first document annotated\n");
            }
        }
    }

    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,quote");
        properties.setProperty("ner.model", NER_MODEL);
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("quote.attributeQuotes", "false");
        properties.setProperty("threads", "1");
        return properties;
    }
}
