package org.lectern.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's review log: one JSON object per line, appended, never rewritten. All entries of one request are
 * written with one write and carry the sequence number of the request's {@code last} entry, so a reader can tell
 * a request cut short by a crash (a torn last line, or a group missing its last entries) and drop it whole.
 */
public final class ReviewLog {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The entries that survived reading, and what was dropped (null when nothing was). */
    public record Contents(List<ObjectNode> entries, String dropped) {}

    private final Path file;

    public ReviewLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the log. A complete line that is not a log entry fails with the file and line; an unfinished request
     * at the end (a crash during its write) is dropped, cut off the file, and reported in {@link Contents#dropped}.
     */
    public Contents read() throws IOException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), null);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<ObjectNode> entries = new ArrayList<>();
        List<Long> lineEnds = new ArrayList<>();
        String torn = null;
        int start = 0;
        for (int line = 1; start < bytes.length; line++) {
            int newline = indexOf(bytes, (byte) '\n', start);
            if (newline < 0) {
                torn = "a torn last line of " + (bytes.length - start) + " bytes";
                break;
            }
            String text = new String(bytes, start, newline - start, StandardCharsets.UTF_8);
            entries.add(parse(text, line));
            lineEnds.add((long) newline + 1);
            start = newline + 1;
        }
        int complete = completeRequests(entries);
        if (complete < entries.size()) {
            int cut = entries.size() - complete;
            torn = (torn == null ? "" : torn + " and ") + cut + " entries of an unfinished request";
        }
        if (torn == null) {
            return new Contents(entries, null);
        }
        long keep = complete == 0 ? 0 : lineEnds.get(complete - 1);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(keep);
            channel.force(true);
        }
        return new Contents(
                List.copyOf(entries.subList(0, complete)), file + ": dropped " + torn + " (a crash during a write)");
    }

    /** Appends one request's entries with a single write and waits until they are on disk. */
    public void append(List<ObjectNode> requestEntries) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ObjectNode entry : requestEntries) {
            lines.append(MAPPER.writeValueAsString(entry)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    private ObjectNode parse(String text, int line) throws IOException {
        try {
            if (MAPPER.readTree(text) instanceof ObjectNode entry
                    && entry.path("seq").canConvertToInt()) {
                return entry;
            }
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + line + ": not a review log entry: " + e.getOriginalMessage(), e);
        }
        throw new IOException(file + ":" + line + ": not a review log entry (an object with a 'seq')");
    }

    /** The number of leading entries that form complete requests (each group ends at its {@code last} seq). */
    private static int completeRequests(List<ObjectNode> entries) {
        int complete = 0;
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode entry = entries.get(i);
            if (entry.path("seq").asInt()
                    >= entry.path("last").asInt(entry.path("seq").asInt())) {
                complete = i + 1;
            }
        }
        return complete;
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
