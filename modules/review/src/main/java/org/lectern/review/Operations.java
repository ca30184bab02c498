package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The annotation operations of a review log entry — accept, reject, delete, add, set — applied to the CAS and the
 * provenance map. An entry names its target by anchor ({@link Anchors}) and gives values as {@link FeatureValues}
 * reads them; {@link #resolve} turns a client's operation into such an entry (the target's full anchor, the value
 * before), {@link #execute} applies one.
 */
final class Operations {

    private final CAS cas;
    private final Map<Annotation, Provenance> provenance;
    private final FeatureValues values;

    Operations(CAS cas, Map<Annotation, Provenance> provenance) {
        this.cas = cas;
        this.provenance = provenance;
        this.values = new FeatureValues(cas, this::find);
    }

    /** Completes {@code entry} (a client's op) with what the current document says: anchor, key, value before. */
    void resolve(ObjectNode entry) throws OpException {
        String op = entry.path("op").asText();
        if (op.equals("add")) {
            entry.put(
                    "type",
                    Anchors.type(cas.getTypeSystem(), entry.path("type").asText(null))
                            .getName());
            values.checkSpan(Anchors.offset(entry, "begin"), Anchors.offset(entry, "end"));
            return;
        }
        Annotation target = find(entry);
        entry.setAll(Anchors.of(target));
        entry.put("id", target._id());
        if (op.equals("set")) {
            if (!entry.has("value")) {
                throw new OpException("'set' needs a 'value' (null to clear)");
            }
            entry.set("before", values.read(target, entry.path("feature").asText(null)));
            entry.set("after", entry.remove("value"));
        }
    }

    /**
     * Applies an entry; the target must be found again by its anchor (so replay and live requests agree). A value
     * UIMA cannot take (e.g. "abc" for an integer feature) is the op's problem, and leaves nothing changed.
     */
    Change execute(ObjectNode entry, Provenance made) throws OpException {
        try {
            return dispatch(entry, made);
        } catch (CASRuntimeException | IllegalArgumentException e) {
            throw new OpException(entry.path("op").asText() + ": " + e.getMessage());
        }
    }

    private Change dispatch(ObjectNode entry, Provenance made) throws OpException {
        return switch (entry.path("op").asText()) {
            case "accept" -> accept(find(entry), made);
            case "reject" -> remove(find(entry), withStatus(made, Provenance.REJECTED));
            case "delete" -> remove(find(entry), withStatus(made, Provenance.DELETED));
            case "set" -> set(find(entry), entry.path("feature").asText(null), entry.get("after"), made);
            case "add" -> add(entry, made);
            default -> throw new OpException("unknown op '" + entry.path("op").asText() + "'");
        };
    }

    private Change accept(Annotation target, Provenance made) {
        Provenance before = provenance.get(target);
        Provenance after = withStatus(made, before == null ? Provenance.ACCEPTED : before.status());
        return Change.applied(() -> restore(target, before), () -> provenance.put(target, after));
    }

    /**
     * Reject (a wrong prediction) or delete: references to it are cleared (undo restores them). A prediction stays
     * in the CAS indexes, marked by its provenance (taking it out of and back into an index of 200,000 annotations
     * costs more than all the rest of an op); {@link ReviewedXmi} leaves it out. An added one is taken out.
     */
    private Change remove(Annotation target, Provenance made) {
        Provenance before = provenance.get(target);
        boolean added = before != null && before.status().equals(Provenance.ADDED);
        List<Runnable> relink = new ArrayList<>();
        return Change.applied(
                () -> {
                    if (added) {
                        target.addToIndexes();
                    }
                    relink.forEach(Runnable::run);
                    restore(target, before);
                },
                () -> {
                    relink.clear();
                    relink.addAll(unlink(target));
                    if (added) {
                        target.removeFromIndexes();
                        provenance.remove(target);
                    } else {
                        provenance.put(target, made);
                    }
                });
    }

    private Change set(Annotation target, String featureName, JsonNode value, Provenance made) throws OpException {
        JsonNode before = values.read(target, featureName);
        Object after = values.convert(target, featureName, value);
        Provenance old = provenance.get(target);
        Provenance corrected = withStatus(
                made, old != null && old.status().equals(Provenance.ADDED) ? Provenance.ADDED : Provenance.CORRECTED);
        Object previous = values.convert(target, featureName, before);
        return Change.applied(
                () -> {
                    FeatureValues.assign(target, featureName, previous);
                    restore(target, old);
                },
                () -> {
                    FeatureValues.assign(target, featureName, after);
                    provenance.put(target, corrected);
                });
    }

    private Change add(ObjectNode entry, Provenance made) throws OpException {
        Type type = Anchors.type(cas.getTypeSystem(), entry.path("type").asText(null));
        int begin = Anchors.offset(entry, "begin");
        int end = Anchors.offset(entry, "end");
        values.checkSpan(begin, end);
        Annotation added = (Annotation) cas.createAnnotation(type, begin, end);
        JsonNode features = entry.path("features");
        for (Iterator<Map.Entry<String, JsonNode>> fields = features.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            FeatureValues.assign(added, field.getKey(), values.convert(added, field.getKey(), field.getValue()));
        }
        return Change.applied(
                () -> {
                    added.removeFromIndexes();
                    provenance.remove(added);
                },
                () -> {
                    added.addToIndexes();
                    provenance.put(added, withStatus(made, Provenance.ADDED));
                });
    }

    /** The live annotation an anchor names: rejected ones stay in the indexes (see {@link #remove}) but are gone. */
    private Annotation find(JsonNode anchor) throws OpException {
        return Anchors.find(cas, anchor, annotation -> {
            Provenance p = provenance.get(annotation);
            return p == null || p.kept();
        });
    }

    /** Clears every indexed reference to {@code target}; returns the actions that put them back. */
    private List<Runnable> unlink(Annotation target) {
        List<Runnable> relink = new ArrayList<>();
        TypeSystem typeSystem = cas.getTypeSystem();
        for (Iterator<Type> types = typeSystem.getTypeIterator(); types.hasNext(); ) {
            Type type = types.next();
            List<Feature> references = type.getFeatures().stream()
                    .filter(f -> f.getDomain() == type
                            && !f.getRange().isPrimitive()
                            && !f.getRange().isArray())
                    .filter(f -> typeSystem.subsumes(f.getRange(), target.getType()))
                    .toList();
            if (references.isEmpty()) {
                continue;
            }
            for (FeatureStructure fs : cas.getIndexRepository().getIndexedFSs(type)) {
                for (Feature feature : references) {
                    if (fs.getFeatureValue(feature) == target) {
                        fs.setFeatureValue(feature, null);
                        relink.add(() -> fs.setFeatureValue(feature, target));
                    }
                }
            }
        }
        return relink;
    }

    private void restore(Annotation target, Provenance before) {
        if (before == null) {
            provenance.remove(target);
        } else {
            provenance.put(target, before);
        }
    }

    private static Provenance withStatus(Provenance made, String status) {
        return new Provenance(status, made.reviewer(), made.time(), made.seq());
    }
}
