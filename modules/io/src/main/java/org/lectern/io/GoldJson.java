package org.lectern.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.lectern.type.Boilerplate;
import org.lectern.type.Quotation;
import org.lectern.type.SpinScore;
import org.lectern.type.TranslationArtefact;

/**
 * Converts an annotated CAS into the gold-standard JSON schema ({@code docs/gold-schema.md}): keys
 * {@code document, language, boilerplate, artefacts, entities, quotes}, lists sorted by offset, offsets into the
 * text of the given view; each quote also has the attribution as written, {@code source} and {@code cue}, and the
 * document its {@code spinScore} (null when not scored). The text layout equals Python's {@code json.dump(indent=2, ensure_ascii=False)} plus a
 * final line break, so exported files diff cleanly against the gold files.
 */
public final class GoldJson {

    /** The CAS language value that means "not detected". */
    private static final String UNSPECIFIED_LANGUAGE = "x-unspecified";

    private static final Comparator<Annotation> BY_OFFSET =
            Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd);

    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private GoldJson() {}

    /** The gold-schema JSON of {@code jcas}; {@code documentName} is the input file name, e.g. {@code 002_x.txt}. */
    public static ObjectNode toJson(JCas jcas, String documentName) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("document", documentName);
        root.put("language", language(jcas));

        ArrayNode boilerplate = root.putArray("boilerplate");
        for (Boilerplate span : sorted(jcas, Boilerplate.class)) {
            span(boilerplate.addObject(), span).put("kind", span.getKind());
        }
        ArrayNode artefacts = root.putArray("artefacts");
        for (TranslationArtefact artefact : sorted(jcas, TranslationArtefact.class)) {
            span(artefacts.addObject(), artefact).put("correction", artefact.getCorrection());
        }
        ArrayNode entities = root.putArray("entities");
        for (NamedEntity entity : sorted(jcas, NamedEntity.class)) {
            span(entities.addObject(), entity).put("type", entityType(entity)).put("canonical", canonicalName(entity));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quotation quote : sorted(jcas, Quotation.class)) {
            ObjectNode json = span(quotes.addObject(), quote).put("speaker", speaker(quote));
            Annotation mention = quote.getSpeakerMention() != null ? quote.getSpeakerMention() : quote.getSpeaker();
            optionalSpan(json, "speakerMention", mention);
            optionalSpan(json, "source", quote.getSource());
            optionalSpan(json, "cue", quote.getCue());
        }
        root.put("spinScore", spinScore(jcas));
        return root;
    }

    /** Writes {@link #toJson} to {@code outFile} atomically. */
    public static void write(JCas jcas, String documentName, Path outFile) throws IOException {
        write(toJson(jcas, documentName), outFile);
    }

    /** Writes {@code json} to {@code outFile} atomically. */
    public static void write(ObjectNode json, Path outFile) throws IOException {
        String text = format(json);
        AtomicFiles.write(outFile, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Takes the quotes' {@code source} and {@code cue} out of {@code json}: reviewers do not edit them (yet), so gold
     * made by review must not give the predicted ones as if checked; gold without them is not scored on them.
     */
    public static ObjectNode withoutUnreviewedAttribution(ObjectNode json) {
        json.path("quotes").forEach(quote -> ((ObjectNode) quote).remove(List.of("source", "cue")));
        return json;
    }

    /** The file text of {@code json}: two-space indentation, literal non-ASCII, final line break. */
    public static String format(ObjectNode json) {
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot fail to serialise", e);
        }
    }

    /**
     * The input file name recorded by the reader: {@link DocumentMetaData} title (the file name), else the last
     * path segment of its id; {@code fallback} when the CAS has neither.
     */
    public static String documentName(JCas jcas, String fallback) {
        DocumentMetaData meta = JCasUtil.select(jcas, DocumentMetaData.class).stream()
                .findFirst()
                .orElse(null);
        if (meta != null) {
            if (isPresent(meta.getDocumentTitle())) {
                return meta.getDocumentTitle();
            }
            if (isPresent(meta.getDocumentId())) {
                String id = meta.getDocumentId();
                return id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
            }
        }
        return fallback;
    }

    private static String language(JCas jcas) {
        DocumentMetaData meta = JCasUtil.select(jcas, DocumentMetaData.class).stream()
                .findFirst()
                .orElse(null);
        String language =
                meta != null && isPresent(meta.getLanguage()) ? meta.getLanguage() : jcas.getDocumentLanguage();
        return isPresent(language) && !UNSPECIFIED_LANGUAGE.equals(language) ? language : null;
    }

    /** The document's {@link SpinScore} (translation-artefacts), or null when no step scored it. */
    private static Double spinScore(JCas jcas) {
        return JCasUtil.select(jcas, SpinScore.class).stream()
                .findFirst()
                .map(SpinScore::getScore)
                .orElse(null);
    }

    /** DKPro's NamedEntity subtypes (Person, Organization, Location) may leave {@code value} unset. */
    private static String entityType(NamedEntity entity) {
        if (isPresent(entity.getValue())) {
            return entity.getValue();
        }
        String typeName = entity.getType().getShortName().toUpperCase(Locale.ROOT);
        return "NAMEDENTITY".equals(typeName) ? null : typeName;
    }

    private static String canonicalName(NamedEntity entity) {
        return isPresent(entity.getIdentifier()) ? entity.getIdentifier() : entity.getCoveredText();
    }

    private static String speaker(Quotation quote) {
        if (isPresent(quote.getSpeakerName())) {
            return quote.getSpeakerName();
        }
        return quote.getSpeaker() != null ? canonicalName(quote.getSpeaker()) : null;
    }

    /** {@code field} as a span object, or null. */
    private static void optionalSpan(ObjectNode json, String field, Annotation annotation) {
        if (annotation == null) {
            json.putNull(field);
        } else {
            span(json.putObject(field), annotation);
        }
    }

    private static ObjectNode span(ObjectNode json, Annotation annotation) {
        return json.put("begin", annotation.getBegin())
                .put("end", annotation.getEnd())
                .put("text", annotation.getCoveredText());
    }

    private static <T extends Annotation> List<T> sorted(JCas jcas, Class<T> type) {
        List<T> annotations = new ArrayList<>(JCasUtil.select(jcas, type));
        annotations.sort(BY_OFFSET);
        return annotations;
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(twoSpaces)
                .withArrayIndenter(twoSpaces);
    }
}
