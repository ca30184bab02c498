package org.lectern.review;

import java.util.Map;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

/** The layers review counts by, named as in the document list and the gold schema. */
final class ReviewLayers {

    /** Predicted layers whose reviewed / unreviewed annotations the document list counts. */
    static final Map<String, String> COUNTED = Map.of(
            "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "entities",
            "org.lectern.type.Quotation", "quotes",
            "org.lectern.type.TranslationArtefact", "artefacts",
            "org.lectern.type.Boilerplate", "boilerplate");

    private static final String LANGUAGE_SPAN = "org.lectern.type.LanguageSpan";

    private ReviewLayers() {}

    /** The layer of {@code type}: a counted layer, {@code language}, or the type's short name (plugin types). */
    static String of(Type type, TypeSystem typeSystem) {
        for (Type t = type; t != null; t = typeSystem.getParent(t)) {
            String layer = COUNTED.get(t.getName());
            if (layer != null) {
                return layer;
            }
            if (t.getName().equals(LANGUAGE_SPAN)) {
                return "language";
            }
        }
        return type.getShortName();
    }

    static boolean counted(Type type, TypeSystem typeSystem) {
        return COUNTED.containsValue(of(type, typeSystem));
    }
}
