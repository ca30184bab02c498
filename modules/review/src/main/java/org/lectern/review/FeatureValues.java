package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * An annotation's feature values between the review log's JSON and the CAS: {@code begin}/{@code end} as offsets
 * within the text, primitives as strings, references to annotations as anchors ({@link Anchors}).
 */
final class FeatureValues {

    /** The live annotation an anchor names. */
    interface Finder {
        Annotation find(JsonNode anchor) throws OpException;
    }

    private final CAS cas;
    private final Finder finder;

    FeatureValues(CAS cas, Finder finder) {
        this.cas = cas;
        this.finder = finder;
    }

    /** The JSON of a feature's value: a primitive, an anchor for an annotation, or null. */
    JsonNode read(Annotation target, String featureName) throws OpException {
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
    Object convert(Annotation target, String featureName, JsonNode value) throws OpException {
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
        Annotation referenced = finder.find(value);
        if (!cas.getTypeSystem().subsumes(feature.getRange(), referenced.getType())) {
            throw new OpException("feature '" + featureName + "' takes a "
                    + feature.getRange().getShortName());
        }
        return referenced;
    }

    static void assign(Annotation target, String featureName, Object value) {
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

    /** Rejects a span that is not within the document's text. */
    void checkSpan(int begin, int end) throws OpException {
        int length = cas.getDocumentText().length();
        if (begin > end || end > length) {
            throw new OpException("span " + begin + "-" + end + " is not within the text (0-" + length + ")");
        }
    }
}
