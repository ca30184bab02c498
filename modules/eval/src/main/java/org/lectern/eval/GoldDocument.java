package org.lectern.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One document of the gold-standard JSON schema, as read for scoring. Gold and predictions share the schema;
 * a missing layer reads as an empty list, the {@code text} fields are not needed for scoring.
 */
public record GoldDocument(
        String document,
        String language,
        List<BoilerplateSpan> boilerplate,
        List<Artefact> artefacts,
        List<Entity> entities,
        List<Quote> quotes) {

    /** A character span, {@code begin} inclusive, {@code end} exclusive. */
    public interface Span {
        int begin();

        int end();

        default int length() {
            return end() - begin();
        }

        /** Number of characters shared with {@code other}. */
        default int overlap(Span other) {
            return Math.max(0, Math.min(end(), other.end()) - Math.max(begin(), other.begin()));
        }
    }

    public record BoilerplateSpan(int begin, int end, String kind) implements Span {}

    public record Artefact(int begin, int end, String correction) implements Span {}

    public record Entity(int begin, int end, String type, String canonical) implements Span {}

    /**
     * A quote; {@code source} and {@code cue} are the attribution as written (a documented extension of the seeds'
     * schema), each null when the file does not give the field, else a {@link Given} whose span is null when the
     * quote has no source or cue.
     */
    public record Quote(int begin, int end, String speaker, Given source, Given cue) implements Span {

        /** A quote of gold that does not give the attribution as written. */
        public Quote(int begin, int end, String speaker) {
            this(begin, end, speaker, null, null);
        }
    }

    /** A span field the file gives: {@code span} null when its value is {@code null}. */
    public record Given(TextSpan span) {}

    /** A plain character span. */
    public record TextSpan(int begin, int end) implements Span {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A document with no annotations (used for a missing prediction). */
    public static GoldDocument empty(String document) {
        return new GoldDocument(document, null, List.of(), List.of(), List.of(), List.of());
    }

    /** Reads {@code file}; malformed content fails with the file and the JSON path of the problem. */
    public static GoldDocument read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String line =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IOException(file + ": not valid JSON" + line + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object at the top level");
        }
        try {
            return fromJson(root, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Reads a gold-schema tree, e.g. {@link org.lectern.io.GoldJson#toJson} of an annotated CAS for scoring in memory.
     *
     * @param source names the tree in error messages (a file name)
     * @throws IllegalArgumentException naming {@code source} and the JSON path of a malformed field
     */
    public static GoldDocument fromJson(JsonNode root, String source) {
        Reader reader = new Reader(source);
        return new GoldDocument(
                reader.text(root, "document"),
                reader.text(root, "language"),
                reader.list(
                        root,
                        "boilerplate",
                        item -> new BoilerplateSpan(
                                reader.offset(item, "begin"), reader.offset(item, "end"), reader.text(item, "kind"))),
                reader.list(
                        root,
                        "artefacts",
                        item -> new Artefact(
                                reader.offset(item, "begin"),
                                reader.offset(item, "end"),
                                reader.text(item, "correction"))),
                reader.list(
                        root,
                        "entities",
                        item -> new Entity(
                                reader.offset(item, "begin"),
                                reader.offset(item, "end"),
                                reader.text(item, "type"),
                                reader.text(item, "canonical"))),
                reader.list(
                        root,
                        "quotes",
                        item -> new Quote(
                                reader.offset(item, "begin"),
                                reader.offset(item, "end"),
                                reader.text(item, "speaker"),
                                reader.given(item, "source"),
                                reader.given(item, "cue"))));
    }

    /** Field access that reports {@code source: layer[index].field} on bad input. */
    private static final class Reader {
        private final String source;
        private String location = "";

        Reader(String source) {
            this.source = source;
        }

        <T extends Span> List<T> list(JsonNode root, String layer, Function<JsonNode, T> item) {
            JsonNode array = root.get(layer);
            List<T> items = new ArrayList<>();
            if (array == null || array.isNull()) {
                return items;
            }
            if (!array.isArray()) {
                throw error(layer, "expected a list");
            }
            for (int i = 0; i < array.size(); i++) {
                location = layer + "[" + i + "].";
                if (!array.get(i).isObject()) {
                    throw error("", "expected an object");
                }
                T span = item.apply(array.get(i));
                if (span.begin() > span.end()) {
                    throw error("begin", "begin " + span.begin() + " is after end " + span.end());
                }
                items.add(span);
            }
            location = "";
            return items;
        }

        int offset(JsonNode item, String field) {
            JsonNode value = item.get(field);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
                throw error(field, "expected a non-negative integer offset, found " + value);
            }
            return value.intValue();
        }

        /** An optional span field: null when absent, a {@link Given} of null when {@code null}. */
        Given given(JsonNode item, String field) {
            JsonNode value = item.get(field);
            if (value == null) {
                return null;
            }
            if (value.isNull()) {
                return new Given(null);
            }
            if (!value.isObject()) {
                throw error(field, "expected an object with begin and end, or null, found " + value);
            }
            String itemLocation = location;
            location = itemLocation + field + ".";
            TextSpan span = new TextSpan(offset(value, "begin"), offset(value, "end"));
            if (span.begin() > span.end()) {
                throw error("begin", "begin " + span.begin() + " is after end " + span.end());
            }
            location = itemLocation;
            return new Given(span);
        }

        String text(JsonNode item, String field) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw error(field, "expected a string, found " + value);
            }
            return value.textValue();
        }

        private IllegalArgumentException error(String field, String problem) {
            return new IllegalArgumentException(source + ": " + location + field + ": " + problem);
        }
    }
}
