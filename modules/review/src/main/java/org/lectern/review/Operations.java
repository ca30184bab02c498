package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * provenance map. An entry names its target by anchor ({@link Anchors}); {@link #resolve} turns a client's
 * operation into such an entry (the target's full anchor, the value before), {@link #execute} applies one.
 */
final class Operations {

    private final CAS cas;
    private final Map<Annotation, Provenance> provenance;
    /** Per target type, the features of other types that can point at it (found once, used by every delete). */
    private final Map<Type, List<Feature>> referencesTo = new java.util.HashMap<>();

    Operations(CAS cas, Map<Annotation, Provenance> provenance) {
        this.cas = cas;
        this.provenance = provenance;
    }

    /** Completes {@code entry} (a client's op) with what the current document says: anchor, key, value before. */
    void resolve(ObjectNode entry) throws OpException {
        String op = entry.path("op").asText();
        if (op.equals("add")) {
            entry.put(
                    "type",
                    Anchors.type(cas.getTypeSystem(), entry.path("type").asText(null))
                            .getName());
            checkSpan(Anchors.offset(entry, "begin"), Anchors.offset(entry, "end"));
            return;
        }
        Annotation target = Anchors.find(cas, entry);
        entry.setAll(Anchors.of(target));
        entry.put("id", target._id());
        if (op.equals("set")) {
            if (!entry.has("value")) {
                throw new OpException("'set' needs a 'value' (null to clear)");
            }
            entry.set("before", valueOf(target, entry.path("feature").asText(null)));
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
            case "accept" -> accept(Anchors.find(cas, entry), made);
            case "reject" -> remove(Anchors.find(cas, entry), withStatus(made, Provenance.REJECTED));
            case "delete" -> remove(Anchors.find(cas, entry), withStatus(made, Provenance.DELETED));
            case "set" -> set(Anchors.find(cas, entry), entry.path("feature").asText(null), entry.get("after"), made);
            case "add" -> add(entry, made);
            default -> throw new OpException("unknown op '" + entry.path("op").asText() + "'");
        };
    }

    private Change accept(Annotation target, Provenance made) {
        Provenance before = provenance.get(target);
        Provenance after = withStatus(made, before == null ? Provenance.ACCEPTED : before.status());
        return Change.applied(() -> restore(target, before), () -> provenance.put(target, after));
    }

    /** Reject (a wrong prediction) or delete: out of the indexes, and references to it cleared (undo restores). */
    private Change remove(Annotation target, Provenance made) {
        Provenance before = provenance.get(target);
        List<Runnable> relink = new ArrayList<>();
        return Change.applied(
                () -> {
                    target.addToIndexes();
                    relink.forEach(Runnable::run);
                    restore(target, before);
                },
                () -> {
                    relink.clear();
                    relink.addAll(unlink(target));
                    target.removeFromIndexes();
                    if (before != null && before.status().equals(Provenance.ADDED)) {
                        provenance.remove(target);
                    } else {
                        provenance.put(target, made);
                    }
                });
    }

    private Change set(Annotation target, String featureName, JsonNode value, Provenance made) throws OpException {
        JsonNode before = valueOf(target, featureName);
        Object after = convert(target, featureName, value);
        Provenance old = provenance.get(target);
        Provenance corrected = withStatus(
                made, old != null && old.status().equals(Provenance.ADDED) ? Provenance.ADDED : Provenance.CORRECTED);
        Object previous = convert(target, featureName, before);
        return Change.applied(
                () -> {
                    assign(target, featureName, previous);
                    restore(target, old);
                },
                () -> {
                    assign(target, featureName, after);
                    provenance.put(target, corrected);
                });
    }

    private Change add(ObjectNode entry, Provenance made) throws OpException {
        Type type = Anchors.type(cas.getTypeSystem(), entry.path("type").asText(null));
        int begin = Anchors.offset(entry, "begin");
        int end = Anchors.offset(entry, "end");
        checkSpan(begin, end);
        Annotation added = (Annotation) cas.createAnnotation(type, begin, end);
        JsonNode features = entry.path("features");
        for (Iterator<Map.Entry<String, JsonNode>> fields = features.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            assign(added, field.getKey(), convert(added, field.getKey(), field.getValue()));
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

    /** The JSON of a feature's value: a primitive, an anchor for an annotation, or null. */
    private JsonNode valueOf(Annotation target, String featureName) throws OpException {
        Feature feature = feature(target, featureName);
        if (feature == null) {
            return JsonNodeFactory.instance.numberNode(
                    featureName.equals("begin") ? target.getBegin() : target.getEnd());
        }
        if (feature.getRange().isPrimitive()) {
            String value = target.getFeatureValueAsString(feature);
            return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value);
        }
        FeatureStructure value = target.getFeatureValue(feature);
        return value instanceof Annotation annotation ? Anchors.of(annotation) : JsonNodeFactory.instance.nullNode();
    }

    /** A JSON value as what {@link #assign} sets: an offset, a primitive's string, an annotation, or null. */
    private Object convert(Annotation target, String featureName, JsonNode value) throws OpException {
        Feature feature = feature(target, featureName);
        if (feature == null) {
            int offset = Anchors.offset(JsonNodeFactory.instance.objectNode().set("value", value), "value");
            int begin = featureName.equals("begin") ? offset : target.getBegin();
            checkSpan(begin, featureName.equals("end") ? offset : target.getEnd());
            return offset;
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (feature.getRange().isPrimitive()) {
            if (value.isContainerNode()) {
                throw new OpException("feature '" + featureName + "' takes a single value, got " + value);
            }
            return value.asText();
        }
        if (feature.getRange().isArray() || !value.isObject()) {
            throw new OpException("feature '" + featureName + "' takes an annotation anchor {type, begin, end}");
        }
        Annotation referenced = Anchors.find(cas, value);
        if (!cas.getTypeSystem().subsumes(feature.getRange(), referenced.getType())) {
            throw new OpException("feature '" + featureName + "' takes a "
                    + feature.getRange().getShortName());
        }
        return referenced;
    }

    private static void assign(Annotation target, String featureName, Object value) {
        Feature feature = target.getType().getFeatureByBaseName(featureName);
        if (featureName.equals("begin") || featureName.equals("end")) {
            target.removeFromIndexes();
            if (featureName.equals("begin")) {
                target.setBegin((Integer) value);
            } else {
                target.setEnd((Integer) value);
            }
            target.addToIndexes();
        } else if (feature.getRange().isPrimitive()) {
            target.setFeatureValueFromString(feature, (String) value);
        } else {
            target.setFeatureValue(feature, (FeatureStructure) value);
        }
    }

    /** The feature to set, null for begin/end; a type check of the value is left to {@link #convert}. */
    private static Feature feature(Annotation target, String featureName) throws OpException {
        if ("begin".equals(featureName) || "end".equals(featureName)) {
            return null;
        }
        Feature feature = featureName == null ? null : target.getType().getFeatureByBaseName(featureName);
        if (feature == null || featureName.equals("sofa")) {
            throw new OpException(target.getType().getShortName() + " has no feature '" + featureName + "'");
        }
        return feature;
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

    private void checkSpan(int begin, int end) throws OpException {
        int length = cas.getDocumentText().length();
        if (begin > end || end > length) {
            throw new OpException("span " + begin + "-" + end + " is not within the text (0-" + length + ")");
        }
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
