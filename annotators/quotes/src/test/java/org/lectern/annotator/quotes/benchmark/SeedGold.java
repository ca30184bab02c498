package org.lectern.annotator.quotes.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Gold documents in the seed schema (texts/NAME.txt + gold/NAME.json): the quote and entity layers. */
record SeedGold(String name, String text, List<Span> quotes, List<Span> entities) {

    /** A gold span: for quotes {@code label} is the speaker, for entities the canonical name. */
    record Span(int begin, int end, String label, String type, int mentionBegin) {}

    static List<SeedGold> load(Path seeds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SeedGold> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.resolve("gold"))) {
            for (Path goldFile :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = json.readTree(goldFile.toFile());
                String document = gold.path("document").asText();
                String text = Files.readString(seeds.resolve("texts").resolve(document), StandardCharsets.UTF_8);
                List<Span> quotes = new ArrayList<>();
                for (JsonNode quote : gold.path("quotes")) {
                    JsonNode mention = quote.path("speakerMention");
                    quotes.add(new Span(
                            quote.path("begin").asInt(),
                            quote.path("end").asInt(),
                            quote.path("speaker").asText(null),
                            null,
                            mention.isNull() || mention.isMissingNode()
                                    ? -1
                                    : mention.path("begin").asInt()));
                }
                List<Span> entities = new ArrayList<>();
                for (JsonNode entity : gold.path("entities")) {
                    entities.add(new Span(
                            entity.path("begin").asInt(),
                            entity.path("end").asInt(),
                            entity.path("canonical").asText(),
                            entity.path("type").asText(),
                            -1));
                }
                documents.add(new SeedGold(document, text, quotes, entities));
            }
        }
        if (documents.isEmpty()) {
            throw new IOException("no gold JSON files in " + seeds.resolve("gold"));
        }
        return documents;
    }
}
