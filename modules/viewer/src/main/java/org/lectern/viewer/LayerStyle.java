package org.lectern.viewer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

/**
 * How the viewer draws a type: its layer kind and its colours. Lectern's and DKPro's well-known types get fixed
 * colours; any other type (a plugin's, a foreign type system's) gets a stable colour derived from its name, so the
 * same type looks the same in every document and every session.
 */
final class LayerStyle {

    /** What a layer means to the viewer, which decides how its spans are drawn. */
    enum Kind {
        ENTITY,
        QUOTE,
        ARTEFACT,
        BOILERPLATE,
        LANGUAGE,
        STRUCTURE,
        GENERIC;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    static final String QUOTATION = "org.lectern.type.Quotation";
    static final String ARTEFACT = "org.lectern.type.TranslationArtefact";
    static final String BOILERPLATE = "org.lectern.type.Boilerplate";
    static final String LANGUAGE_SPAN = "org.lectern.type.LanguageSpan";
    /** A document-level score (one annotation over the whole text): the list's Spin column and the metadata table. */
    static final String SPIN_SCORE = "org.lectern.type.SpinScore";

    /** Document-wide metadata annotations, shown in the metadata table rather than as spans. */
    static final Set<String> METADATA = Set.of(
            "uima.tcas.DocumentAnnotation",
            "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
            "org.lectern.type.PipelineRun",
            SPIN_SCORE);

    /** Types that structure the text rather than say something about it: hidden until the reader asks. */
    private static final Set<String> STRUCTURE = Set.of(
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Stem",
            "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
            "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures",
            "org.lectern.type.AlignedSegment");

    private static final Map<String, String> KIND_COLORS = Map.of(
            QUOTATION,
            "#e6a700",
            ARTEFACT,
            "#d62728",
            BOILERPLATE,
            "#9e9e9e",
            LANGUAGE_SPAN,
            "#6a3d9a",
            NAMED_ENTITY,
            "#c5b0d5");

    private static final Map<String, String> ENTITY_VALUE_COLORS =
            Map.of("PERSON", "#9ecae1", "ORGANIZATION", "#a1d99b", "LOCATION", "#fdd0a2", "MISC", "#dadaeb");

    private LayerStyle() {}

    static Kind kind(Type type, TypeSystem typeSystem) {
        for (Type t = type; t != null; t = typeSystem.getParent(t)) {
            switch (t.getName()) {
                case NAMED_ENTITY:
                    return Kind.ENTITY;
                case QUOTATION:
                    return Kind.QUOTE;
                case ARTEFACT:
                    return Kind.ARTEFACT;
                case BOILERPLATE:
                    return Kind.BOILERPLATE;
                case LANGUAGE_SPAN:
                    return Kind.LANGUAGE;
                default:
                    if (STRUCTURE.contains(t.getName())) {
                        return Kind.STRUCTURE;
                    }
            }
        }
        return Kind.GENERIC;
    }

    /** The type's colour: fixed for the well-known layers, derived from the name otherwise. */
    static String color(Type type) {
        String fixed = KIND_COLORS.get(type.getName());
        return fixed != null ? fixed : derived(type.getName());
    }

    /** The colour of one value of a type's {@code value} feature (entity classes and their like). */
    static String valueColor(String typeName, String value) {
        String fixed = ENTITY_VALUE_COLORS.get(value);
        return fixed != null ? fixed : derived(typeName + "=" + value);
    }

    /**
     * A light colour (fit for a background under black text) from a name: the hue from an FNV-1a hash, so it
     * does not depend on the JVM or the order types are met in.
     */
    static String derived(String name) {
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        double hue = Integer.toUnsignedLong(hash) % 360;
        double saturation = 0.55 + ((hash >>> 9) & 0xf) / 100.0;
        double lightness = 0.78 + ((hash >>> 13) & 0x7) / 100.0;
        return hslToHex(hue, saturation, lightness);
    }

    private static String hslToHex(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = h < 60
                ? new double[] {c, x, 0}
                : h < 120
                        ? new double[] {x, c, 0}
                        : h < 180
                                ? new double[] {0, c, x}
                                : h < 240
                                        ? new double[] {0, x, c}
                                        : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round((rgb[0] + m) * 255),
                Math.round((rgb[1] + m) * 255),
                Math.round((rgb[2] + m) * 255));
    }
}
