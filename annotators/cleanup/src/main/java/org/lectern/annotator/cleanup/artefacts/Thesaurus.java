package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.lectern.api.SharedModels;

/**
 * The Moby thesaurus (public domain), inverted: for each word, the head words whose entries list it, i.e. the words
 * a thesaurus-driven spinner may have replaced with it. Written by {@code tools/regenerate.sh}; read on first use
 * (only documents that show spinning need it), once per JVM.
 */
final class Thesaurus {

    private static final String LOCATION = "/org/lectern/annotator/cleanup/thesaurus.txt.gz";

    private final Map<String, List<String>> replacedBy;

    private Thesaurus(Map<String, List<String>> replacedBy) {
        this.replacedBy = replacedBy;
    }

    static Thesaurus shared() {
        return SharedModels.get("thesaurus:" + LOCATION, Thesaurus.class, Thesaurus::read);
    }

    /** The head words whose entries list {@code word}; empty when none does. */
    List<String> replacedBy(String word) {
        return replacedBy.getOrDefault(word, List.of());
    }

    private static Thesaurus read() {
        Map<String, List<String>> replacedBy = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Objects.requireNonNull(Thesaurus.class.getResourceAsStream(LOCATION), LOCATION)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] words = line.split(",");
                for (int i = 1; i < words.length; i++) {
                    replacedBy.computeIfAbsent(words[i], w -> new ArrayList<>()).add(words[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
        return new Thesaurus(replacedBy);
    }
}
