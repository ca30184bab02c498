package org.lectern.annotator.nlp4j;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.api.SharedModels;

/**
 * NLP4J's part-of-speech tagger and named-entity recognizer for one decoding configuration, applied to
 * tokenized sentences. The models (about 1.5 GB on the heap, mostly word embeddings) load once per JVM.
 */
public final class Nlp4jTagger {

    /** Tokens {@code start} (inclusive) to {@code end} (exclusive) of a sentence carry the OntoNotes {@code label}. */
    public record LabelledSpan(int start, int end, String label) {}

    private final NLPDecoder decoder;

    private Nlp4jTagger(NLPDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * The tagger of the NLP4J decoding configuration at {@code location}, a class path resource or a file, shared
     * by every caller in this JVM.
     */
    public static Nlp4jTagger shared(String location) {
        return SharedModels.get("nlp4j:" + location, Nlp4jTagger.class, () -> load(location));
    }

    private static Nlp4jTagger load(String location) {
        try (InputStream config = open(location)) {
            return new Nlp4jTagger(new NLPDecoder(config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NLP4J configuration " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        InputStream resource = Nlp4jTagger.class.getClassLoader().getResourceAsStream(location);
        if (resource != null) {
            return resource;
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "NLP4J configuration " + location + " is neither a class path resource nor a file");
        }
        return Files.newInputStream(file);
    }

    /**
     * The named entities of one sentence given as its words, in token positions; labels are NLP4J's (OntoNotes:
     * PERSON, ORG, GPE, LOC, FAC, NORP, DATE, …).
     */
    public List<LabelledSpan> entities(List<String> words) {
        NLPNode[] nodes = new NLPNode[words.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < words.size(); i++) {
            nodes[i + 1] = new NLPNode(i + 1, words.get(i));
        }
        // decoding only reads the models, but NLP4J does not promise that its components are thread-safe
        synchronized (decoder) {
            decoder.decode(nodes);
        }
        return spans(nodes);
    }

    /**
     * Spans from BILOU tags ({@code B-ORG}, {@code I-ORG}, {@code L-ORG}, {@code U-GPE}, {@code O}); node 0 is
     * NLP4J's artificial root. A span also ends where the label changes, so ill-formed sequences still give spans.
     */
    static List<LabelledSpan> spans(NLPNode[] nodes) {
        List<LabelledSpan> spans = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 1; i <= nodes.length; i++) {
            String tag = i < nodes.length ? nodes[i].getNamedEntityTag() : null;
            boolean inside = tag != null && tag.length() > 2 && tag.charAt(1) == '-';
            String tagLabel = inside ? tag.substring(2) : null;
            char prefix = inside ? tag.charAt(0) : 'O';
            if (label != null && (prefix == 'B' || prefix == 'U' || prefix == 'O' || !tagLabel.equals(label))) {
                spans.add(new LabelledSpan(start - 1, i - 1, label));
                label = null;
            }
            if (inside && label == null) {
                start = i;
                label = tagLabel;
            }
            if (label != null && (prefix == 'L' || prefix == 'U')) {
                spans.add(new LabelledSpan(start - 1, i, label));
                label = null;
            }
        }
        return spans;
    }
}
