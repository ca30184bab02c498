package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Finds the annotation an operation is about by what survives a pipeline re-run: its type, offsets and key
 * features (an xmi:id is only a hint, used to choose between equal candidates). An anchor in JSON is
 * {@code {"type": T, "begin": B, "end": E, "key": {feature: value}}}.
 */
final class Anchors {

    /** Features that tell annotations of one span apart (the others are what reviewers change). */
    private static final Map<String, String> KEY_FEATURES = Map.of(
            "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "value",
            "org.lectern.type.Boilerplate", "kind",
            "org.lectern.type.LanguageSpan", "language");

    private Anchors() {}

    /** A type by its full name, or by its short name when that is unique. */
    static Type type(TypeSystem typeSystem, String name) throws OpException {
        if (name == null || name.isBlank()) {
            throw new OpException("'type' is required");
        }
        Type type = typeSystem.getType(name);
        if (type != null) {
            return type;
        }
        List<Type> matches = new ArrayList<>();
        for (Iterator<Type> types = typeSystem.getTypeIterator(); types.hasNext(); ) {
            Type candidate = types.next();
            if (candidate.getShortName().equals(name)) {
                matches.add(candidate);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new OpException(
                matches.isEmpty() ? "unknown type '" + name + "'" : "type '" + name + "' is ambiguous: " + matches);
    }

    /** The key feature of annotations of {@code type}, or null. */
    static Feature keyFeature(Type type, TypeSystem typeSystem) {
        for (Type t = type; t != null; t = typeSystem.getParent(t)) {
            String name = KEY_FEATURES.get(t.getName());
            if (name != null) {
                return type.getFeatureByBaseName(name);
            }
        }
        return null;
    }

    /** The anchor of {@code annotation} as it is now. */
    static ObjectNode of(Annotation annotation) {
        ObjectNode anchor = JsonNodeFactory.instance.objectNode();
        anchor.put("type", annotation.getType().getName());
        anchor.put("begin", annotation.getBegin());
        anchor.put("end", annotation.getEnd());
        Feature key = keyFeature(annotation.getType(), annotation.getCAS().getTypeSystem());
        if (key != null) {
            anchor.putObject("key").put(key.getShortName(), annotation.getFeatureValueAsString(key));
        }
        return anchor;
    }

    /**
     * The indexed annotation {@code anchor} names: same type (not a subtype), same offsets, same key features
     * where the anchor gives them; the one with xmi:id {@code id} if several match, else the first.
     *
     * @throws OpException naming what was looked for when nothing matches
     */
    static Annotation find(CAS cas, JsonNode anchor) throws OpException {
        Type type = type(cas.getTypeSystem(), anchor.path("type").asText(null));
        if (!cas.getTypeSystem().subsumes(cas.getAnnotationType(), type)) {
            throw new OpException("type " + type.getName() + " is not an annotation type");
        }
        int begin = offset(anchor, "begin");
        int end = offset(anchor, "end");
        JsonNode key = anchor.path("key");
        int idHint = anchor.path("id").asInt(-1);
        Annotation found = null;
        for (Annotation candidate : cas.<Annotation>select(type).at(begin, end)) {
            if (candidate.getType() == type && keyMatches(candidate, key)) {
                if (found == null || candidate._id() == idHint) {
                    found = candidate;
                }
            }
        }
        if (found == null) {
            throw new OpException(
                    "no " + type.getShortName() + " at " + begin + "-" + end + (key.isObject() ? " with " + key : ""));
        }
        return found;
    }

    static int offset(JsonNode op, String name) throws OpException {
        JsonNode value = op.get(name);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new OpException("'" + name + "' must be a non-negative integer offset, got " + value);
        }
        return value.asInt();
    }

    private static boolean keyMatches(Annotation candidate, JsonNode key) {
        if (!key.isObject()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = key.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Feature feature = candidate.getType().getFeatureByBaseName(field.getKey());
            String wanted = field.getValue().isNull() ? null : field.getValue().asText();
            if (feature == null || !java.util.Objects.equals(candidate.getFeatureValueAsString(feature), wanted)) {
                return false;
            }
        }
        return true;
    }
}
