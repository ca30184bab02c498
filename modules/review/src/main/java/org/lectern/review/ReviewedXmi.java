package org.lectern.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.jcas.tcas.Annotation;
import org.lectern.io.AtomicFiles;
import org.lectern.io.TypeSystemFile;
import org.lectern.type.ReviewProvenance;
import org.lectern.type.ReviewState;

/**
 * Writes a document's reviewed XMI: the predicted XMI with the log replayed, plus a {@link ReviewProvenance} for
 * each accepted, corrected or added annotation and one {@link ReviewState}, atomically (temporary file, rename),
 * with a {@code TypeSystem.xml} beside it. Types the server does not know pass through as they were read.
 */
final class ReviewedXmi {

    private ReviewedXmi() {}

    static void write(ReviewDocument document, Path target) throws IOException {
        JCas jcas;
        try {
            jcas = document.cas().getJCas();
        } catch (CASException e) {
            throw new IOException(e);
        }
        List<TOP> added = new ArrayList<>();
        try {
            for (Map.Entry<Annotation, Provenance> entry : document.provenance().entrySet()) {
                Provenance provenance = entry.getValue();
                if (provenance.kept()) {
                    added.add(provenance(jcas, entry.getKey(), provenance));
                }
            }
            added.add(state(jcas, document));
            Path folder = target.toAbsolutePath().getParent();
            if (!Files.exists(folder.resolve(TypeSystemFile.NAME))) {
                TypeSystemFile.write(folder, jcas.getTypeSystem());
            }
            AtomicFiles.write(target, out -> XmiCasSerializer.serialize(jcas.getCas(), out));
        } finally {
            // the next write makes them again from the provenance map, which undo may have changed meanwhile
            added.forEach(TOP::removeFromIndexes);
        }
    }

    private static ReviewProvenance provenance(JCas jcas, Annotation target, Provenance provenance) {
        ReviewProvenance fs = new ReviewProvenance(jcas, target.getBegin(), target.getEnd());
        fs.setTarget(target);
        fs.setStatus(provenance.status());
        fs.setReviewer(provenance.reviewer());
        fs.setTime(provenance.time());
        fs.setSequence(provenance.seq());
        fs.addToIndexes();
        return fs;
    }

    private static ReviewState state(JCas jcas, ReviewDocument document) {
        List<ObjectNode> entries = document.entries();
        Set<String> reviewers = new LinkedHashSet<>();
        entries.forEach(entry -> reviewers.add(entry.path("reviewer").asText()));
        ReviewState state = new ReviewState(jcas);
        state.setState(document.state());
        state.setVersion(document.version());
        state.setReviewers(String.join(",", reviewers));
        state.setFirstTime(
                entries.isEmpty() ? null : entries.get(0).path("time").asText());
        state.setLastTime(
                entries.isEmpty()
                        ? null
                        : entries.get(entries.size() - 1).path("time").asText());
        state.setPipelineSha256(document.pipelineSha256());
        state.setOrphans(document.orphans().size());
        state.addToIndexes();
        return state;
    }
}
