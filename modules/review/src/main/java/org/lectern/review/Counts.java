package org.lectern.review;

import java.util.Map;
import java.util.TreeMap;
import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.tcas.Annotation;

/** Counts over a replayed document: reviewed and unreviewed predictions, and per layer what review did. */
final class Counts {

    private Counts() {}

    /** The document's state and its counted predictions (entities, quotes, artefacts, boilerplate). */
    static ReviewStore.Status status(ReviewDocument document) {
        CAS cas = document.cas();
        Map<Annotation, Provenance> provenance = document.provenance();
        int reviewed = 0;
        int unreviewed = 0;
        for (Annotation annotation : cas.<Annotation>select(cas.getAnnotationType())) {
            if (!ReviewLayers.counted(annotation.getType(), cas.getTypeSystem())) {
                continue;
            }
            Provenance p = provenance.get(annotation);
            if (p == null) {
                unreviewed++;
            } else if (!p.status().equals(Provenance.ADDED)) {
                reviewed++;
            }
        }
        for (Map.Entry<Annotation, Provenance> entry : provenance.entrySet()) {
            if (!entry.getValue().kept() && ReviewLayers.counted(entry.getKey().getType(), cas.getTypeSystem())) {
                reviewed++;
            }
        }
        return new ReviewStore.Status(document.state(), reviewed, unreviewed);
    }

    /** Per layer, the number of annotations in each provenance status (accepted, rejected, corrected, added…). */
    static Map<String, Map<String, Integer>> byLayer(ReviewDocument document) {
        Map<String, Map<String, Integer>> layers = new TreeMap<>();
        document.provenance()
                .forEach((annotation, provenance) -> layers.computeIfAbsent(
                                ReviewLayers.of(
                                        annotation.getType(), document.cas().getTypeSystem()),
                                layer -> new TreeMap<>())
                        .merge(provenance.status(), 1, Integer::sum));
        return layers;
    }
}
