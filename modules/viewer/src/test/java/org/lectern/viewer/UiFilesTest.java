package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the page's source folder is served (a module left out of the server's list breaks the page). */
class UiFilesTest {

    private static final Path UI = Path.of("src/main/resources/org/lectern/viewer/ui");

    @TempDir
    Path temp;

    @Test
    void everyUiFileIsServed() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(UI)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("index.html", "review.js", "keys.js");
        Files.createDirectories(temp.resolve("xmi"));
        HttpClient http = HttpClient.newHttpClient();
        try (ViewerServer server = new ViewerServer(temp.resolve("xmi"), "127.0.0.1", 0).start()) {
            for (String name : names) {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(server.uri().resolve("/" + name)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(name).isEqualTo(200);
            }
        }
    }
}
