package org.lectern.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.lectern.viewer.DocumentSummary.Mention;

/** Reads a loaded document's {@link DocumentSummary} off its initial view. */
final class Summaries {

    private static final String UNKNOWN_SPEAKER = "unknown speaker";

    private Summaries() {}

    static DocumentSummary of(String id, long lastModified, long size, CAS cas) {
        TypeSystem typeSystem = cas.getTypeSystem();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String layer : List.of("entities", "quotes", "artefacts", "boilerplate", "annotations")) {
            counts.put(layer, 0);
        }
        Map<String, Integer> languageCoverage = new LinkedHashMap<>();
        List<Mention> entities = new ArrayList<>();
        List<Mention> quotes = new ArrayList<>();
        Double spinScore = null;
        for (AnnotationFS annotation : cas.getAnnotationIndex()) {
            Type type = annotation.getType();
            if (LayerStyle.SPIN_SCORE.equals(type.getName())) {
                spinScore = doubleFeature(annotation, "score");
            }
            if (LayerStyle.METADATA.contains(type.getName())) {
                continue;
            }
            counts.merge("annotations", 1, Integer::sum);
            switch (LayerStyle.kind(type, typeSystem)) {
                case ENTITY -> {
                    counts.merge("entities", 1, Integer::sum);
                    String canonical = stringFeature(annotation, "identifier");
                    entities.add(mention(canonical != null ? canonical : annotation.getCoveredText(), annotation));
                }
                case QUOTE -> {
                    counts.merge("quotes", 1, Integer::sum);
                    quotes.add(mention(speaker(annotation), annotation));
                }
                case ARTEFACT -> counts.merge("artefacts", 1, Integer::sum);
                case BOILERPLATE -> counts.merge("boilerplate", 1, Integer::sum);
                case LANGUAGE -> {
                    String language = stringFeature(annotation, "language");
                    if (language != null) {
                        languageCoverage.merge(language, annotation.getEnd() - annotation.getBegin(), Integer::sum);
                    }
                }
                default -> {
                    // structure and other layers are counted in "annotations" only
                }
            }
        }
        String text = cas.getDocumentText() == null ? "" : cas.getDocumentText();
        String lowerText = text.toLowerCase(Locale.ROOT);
        return new DocumentSummary(
                id,
                lastModified,
                size,
                null,
                languages(cas, languageCoverage),
                counts,
                text.length(),
                spinScore,
                entities,
                quotes,
                text,
                lowerText.length() == text.length() ? lowerText : null);
    }

    /** The document language first, then the paragraph languages by the amount of text they cover. */
    private static List<String> languages(CAS cas, Map<String, Integer> coverage) {
        List<String> languages = new ArrayList<>();
        String documentLanguage = cas.getDocumentLanguage();
        if (documentLanguage != null && !documentLanguage.equals("x-unspecified")) {
            languages.add(documentLanguage);
        }
        coverage.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(Map.Entry::getKey)
                .filter(language -> !languages.contains(language) && !language.equals("x-unspecified"))
                .forEach(languages::add);
        return languages;
    }

    /** A quote's speaker as the reader knows it: its speaker name, else the speaker entity's canonical name. */
    private static String speaker(FeatureStructure quote) {
        String name = stringFeature(quote, "speakerName");
        if (name != null && !name.isBlank()) {
            return name;
        }
        FeatureStructure entity = referenceFeature(quote, "speaker");
        if (entity != null) {
            String canonical = stringFeature(entity, "identifier");
            if (canonical != null) {
                return canonical;
            }
            if (entity instanceof AnnotationFS mention) {
                return mention.getCoveredText();
            }
        }
        return UNKNOWN_SPEAKER;
    }

    private static Mention mention(String label, AnnotationFS annotation) {
        return new Mention(label, annotation.getCoveredText(), annotation.getBegin(), annotation.getEnd());
    }

    static String stringFeature(FeatureStructure fs, String name) {
        var feature = fs.getType().getFeatureByBaseName(name);
        return feature == null || !feature.getRange().isStringOrStringSubtype() ? null : fs.getStringValue(feature);
    }

    private static Double doubleFeature(FeatureStructure fs, String name) {
        var feature = fs.getType().getFeatureByBaseName(name);
        return feature == null || !feature.getRange().getName().equals("uima.cas.Double")
                ? null
                : fs.getDoubleValue(feature);
    }

    private static FeatureStructure referenceFeature(FeatureStructure fs, String name) {
        var feature = fs.getType().getFeatureByBaseName(name);
        return feature == null || feature.getRange().isPrimitive() ? null : fs.getFeatureValue(feature);
    }
}
