package org.lectern.viewer;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CommonArrayFS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * Writes one view of a document as the viewer's JSON: the types present with their layer kind and colours, the
 * text, and every annotation as {@code [typeIndex, begin, end, {feature: value}]} on a line of its own, in begin
 * order. Works on any
 * type system: features are read generically, references to other annotations of the view become
 * {@code {"ref": index}} so the page can follow them (a quote to its speaker mention).
 */
final class DocumentJson {

    /** Array elements shown per array feature; longer arrays are cut with a count. */
    private static final int ARRAY_LIMIT = 50;

    private static final String VALUE_FEATURE = "value";

    private DocumentJson() {}

    static void write(JsonGenerator json, String id, CAS view, List<String> viewNames) throws IOException {
        TypeSystem typeSystem = view.getTypeSystem();
        List<AnnotationFS> annotations = new ArrayList<>();
        List<AnnotationFS> metadata = new ArrayList<>();
        for (AnnotationFS annotation : view.getAnnotationIndex()) {
            (LayerStyle.METADATA.contains(annotation.getType().getName()) ? metadata : annotations).add(annotation);
        }
        Map<FeatureStructure, Integer> indexOf = new IdentityHashMap<>();
        Map<Type, Integer> typeIndex = new LinkedHashMap<>();
        Map<Type, Integer> typeCount = new LinkedHashMap<>();
        Map<Type, Map<String, Integer>> typeValues = new LinkedHashMap<>();
        for (AnnotationFS annotation : annotations) {
            indexOf.put(annotation, indexOf.size());
            Type type = annotation.getType();
            typeIndex.putIfAbsent(type, typeIndex.size());
            typeCount.merge(type, 1, Integer::sum);
            String value = Summaries.stringFeature(annotation, VALUE_FEATURE);
            if (value != null) {
                typeValues.computeIfAbsent(type, t -> new TreeMap<>()).merge(value, 1, Integer::sum);
            }
        }

        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("view", view.getViewName());
        json.writeArrayFieldStart("views");
        for (String name : viewNames) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeStringField("language", view.getDocumentLanguage());

        json.writeArrayFieldStart("metadata");
        for (AnnotationFS annotation : metadata) {
            json.writeStartObject();
            json.writeStringField("type", annotation.getType().getName());
            json.writeFieldName("features");
            writeFeatures(json, annotation, indexOf);
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("types");
        for (Type type : typeIndex.keySet()) {
            writeType(json, type, typeSystem, typeCount.get(type), typeValues.get(type));
        }
        json.writeEndArray();
        json.writeNumberField("annotationCount", annotations.size());
        json.writeStringField("text", view.getDocumentText() == null ? "" : view.getDocumentText());

        // one annotation per line, in begin order: the page parses the head line and draws the start of a long
        // document while the rest is still arriving (JSON escapes line breaks inside strings, so lines are exact)
        json.writeArrayFieldStart("annotations");
        json.writeRaw('\n');
        for (AnnotationFS annotation : annotations) {
            json.writeStartArray();
            json.writeNumber(typeIndex.get(annotation.getType()));
            json.writeNumber(annotation.getBegin());
            json.writeNumber(annotation.getEnd());
            writeFeatures(json, annotation, indexOf);
            json.writeEndArray();
            json.writeRaw('\n');
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeType(
            JsonGenerator json, Type type, TypeSystem typeSystem, int count, Map<String, Integer> values)
            throws IOException {
        LayerStyle.Kind kind = LayerStyle.kind(type, typeSystem);
        json.writeStartObject();
        json.writeStringField("name", type.getName());
        json.writeStringField("label", type.getShortName());
        json.writeStringField("kind", kind.json());
        json.writeStringField("color", LayerStyle.color(type));
        json.writeNumberField("count", count);
        json.writeBooleanField("hidden", kind == LayerStyle.Kind.STRUCTURE);
        if (values != null) {
            json.writeStringField("valueFeature", VALUE_FEATURE);
            json.writeArrayFieldStart("values");
            for (Map.Entry<String, Integer> value : values.entrySet()) {
                json.writeStartObject();
                json.writeStringField("value", value.getKey());
                json.writeStringField("color", LayerStyle.valueColor(type.getName(), value.getKey()));
                json.writeNumberField("count", value.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("features");
        for (Feature feature : type.getFeatures()) {
            if (isShown(feature)) {
                json.writeStartObject();
                json.writeStringField("name", feature.getShortName());
                json.writeStringField("range", feature.getRange().getName());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static boolean isShown(Feature feature) {
        String name = feature.getShortName();
        return !name.equals(CAS.FEATURE_BASE_NAME_SOFA)
                && !name.equals(CAS.FEATURE_BASE_NAME_BEGIN)
                && !name.equals(CAS.FEATURE_BASE_NAME_END);
    }

    /** The set features of {@code fs} as an object; unset (null) features are left out. */
    private static void writeFeatures(JsonGenerator json, FeatureStructure fs, Map<FeatureStructure, Integer> indexOf)
            throws IOException {
        json.writeStartObject();
        for (Feature feature : fs.getType().getFeatures()) {
            if (!isShown(feature)) {
                continue;
            }
            Type range = feature.getRange();
            if (range.isPrimitive()) {
                String value = fs.getFeatureValueAsString(feature);
                if (value != null) {
                    json.writeFieldName(feature.getShortName());
                    writePrimitive(json, range.getName(), value);
                }
                continue;
            }
            FeatureStructure value = fs.getFeatureValue(feature);
            if (value != null) {
                json.writeFieldName(feature.getShortName());
                writeValue(json, value, indexOf);
            }
        }
        json.writeEndObject();
    }

    private static void writePrimitive(JsonGenerator json, String rangeName, String value) throws IOException {
        switch (rangeName) {
            case CAS.TYPE_NAME_BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(value));
            case CAS.TYPE_NAME_INTEGER, CAS.TYPE_NAME_LONG, CAS.TYPE_NAME_SHORT, CAS.TYPE_NAME_BYTE ->
                json.writeNumber(Long.parseLong(value));
            case CAS.TYPE_NAME_FLOAT, CAS.TYPE_NAME_DOUBLE -> {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    json.writeNumber(number);
                } else {
                    json.writeString(value);
                }
            }
            default -> json.writeString(value);
        }
    }

    /** A non-primitive value: a reference to an annotation of the view, an array, or a nested structure. */
    private static void writeValue(JsonGenerator json, FeatureStructure value, Map<FeatureStructure, Integer> indexOf)
            throws IOException {
        Integer index = indexOf.get(value);
        if (index != null) {
            json.writeStartObject();
            json.writeNumberField("ref", index);
            json.writeEndObject();
        } else if (value instanceof ArrayFS<?> array) {
            json.writeStartArray();
            int shown = Math.min(array.size(), ARRAY_LIMIT);
            for (int i = 0; i < shown; i++) {
                FeatureStructure element = array.get(i);
                if (element == null) {
                    json.writeNull();
                } else {
                    writeValue(json, element, indexOf);
                }
            }
            writeCut(json, array.size() - shown);
            json.writeEndArray();
        } else if (value instanceof CommonArrayFS<?> primitives) {
            json.writeStartArray();
            String[] elements = primitives.toStringArray();
            int shown = Math.min(elements.length, ARRAY_LIMIT);
            for (int i = 0; i < shown; i++) {
                json.writeString(elements[i]);
            }
            writeCut(json, elements.length - shown);
            json.writeEndArray();
        } else {
            // a structure outside this view's annotations (another view's, or not an annotation): name it
            json.writeStartObject();
            json.writeStringField("type", value.getType().getName());
            if (value instanceof AnnotationFS annotation) {
                json.writeNumberField("begin", annotation.getBegin());
                json.writeNumberField("end", annotation.getEnd());
                json.writeStringField("view", annotation.getView().getViewName());
            }
            json.writeEndObject();
        }
    }

    private static void writeCut(JsonGenerator json, int more) throws IOException {
        if (more > 0) {
            json.writeString("… " + more + " more");
        }
    }

    /** The names of the views that carry text, the initial view first. */
    static List<String> textViews(CAS cas) {
        List<String> names = new ArrayList<>();
        for (Iterator<CAS> views = cas.getViewIterator(); views.hasNext(); ) {
            CAS view = views.next();
            if (view.getDocumentText() != null) {
                names.add(view.getViewName());
            }
        }
        names.sort(
                (a, b) -> a.equals(CAS.NAME_DEFAULT_SOFA) ? -1 : b.equals(CAS.NAME_DEFAULT_SOFA) ? 1 : a.compareTo(b));
        return names;
    }
}
