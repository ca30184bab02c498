package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode entry(int seq, int last) {
        return MAPPER.createObjectNode().put("seq", seq).put("last", last).put("op", "accept");
    }

    @Test
    void appendedRequestsReadBackInOrder() throws Exception {
        ReviewLog log = new ReviewLog(dir.resolve("a/doc.jsonl"));
        log.append(List.of(entry(1, 2), entry(2, 2)));
        log.append(List.of(entry(3, 3)));

        ReviewLog.Contents contents = log.read();

        assertThat(contents.entries()).extracting(e -> e.path("seq").asInt()).containsExactly(1, 2, 3);
        assertThat(contents.dropped()).isNull();
    }

    @Test
    void aTornLastLineIsDroppedReportedAndCutOffTheFile() throws Exception {
        Path file = dir.resolve("doc.jsonl");
        ReviewLog log = new ReviewLog(file);
        log.append(List.of(entry(1, 1)));
        long complete = Files.size(file);
        Files.writeString(file, "{\"seq\":2,\"last\":2,\"op\":\"acc", StandardOpenOption.APPEND);

        ReviewLog.Contents contents = log.read();

        assertThat(contents.entries()).hasSize(1);
        assertThat(contents.dropped())
                .isEqualTo(file + ": dropped a torn last line of 27 bytes (a crash during a write)");
        assertThat(Files.size(file)).isEqualTo(complete);
        log.append(List.of(entry(2, 2)));
        assertThat(log.read().entries()).hasSize(2);
    }

    @Test
    void aRequestMissingItsLastEntriesIsDroppedWhole() throws Exception {
        Path file = dir.resolve("doc.jsonl");
        ReviewLog log = new ReviewLog(file);
        log.append(List.of(entry(1, 1)));
        Files.writeString(file, MAPPER.writeValueAsString(entry(2, 3)) + "\n", StandardOpenOption.APPEND);

        ReviewLog.Contents contents = log.read();

        assertThat(contents.entries()).extracting(e -> e.path("seq").asInt()).containsExactly(1);
        assertThat(contents.dropped()).contains("1 entries of an unfinished request");
    }

    @Test
    void aBrokenLineInsideTheLogIsAnErrorNamingFileAndLine() throws Exception {
        Path file = dir.resolve("doc.jsonl");
        Files.writeString(file, "{\"seq\":1}\nnot json\n{\"seq\":3}\n");

        assertThatThrownBy(() -> new ReviewLog(file).read())
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ":2: not a review log entry");
    }
}
