package org.lectern.annotator.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.api.SharedModels;

/**
 * Canonical names of well-known people and organisations, for names the article itself does not resolve:
 * {@code curated-names.tsv} (written for Lectern: parties and their nicknames, leaders, international bodies,
 * companies), {@code aliases.tsv} and {@code wordnet-names.tsv} (generated from WordNet 3.1 by
 * {@code src/build/wordnet_names.py}: leaders and organisations). The curated lists win over WordNet. A surname
 * names a person when exactly one listed person has it ("Merkel" → "Angela Merkel").
 */
final class NameKnowledgeBase {

    private static final List<String> FILES = List.of("wordnet-names.tsv", "aliases.tsv", "curated-names.tsv");

    private final Map<String, NewsGazetteer.Match> entries = new HashMap<>();
    private final Map<String, Set<String>> peopleBySurname = new HashMap<>();

    static NameKnowledgeBase instance() {
        return SharedModels.get("entities:name-knowledge-base", NameKnowledgeBase.class, NameKnowledgeBase::new);
    }

    private NameKnowledgeBase() {
        // later files win: curated over aliases over WordNet
        for (String file : FILES) {
            NewsGazetteer.readLines(file, line -> add(line, file));
        }
        entries.values().stream()
                .filter(entry ->
                        entry.type() == EntityType.PERSON && entry.canonical().contains(" "))
                // "May" of "Theresa May" is mostly the month
                .filter(entry -> !NewsLexicon.MONTHS.contains(
                        entry.canonical().substring(entry.canonical().lastIndexOf(' ') + 1)))
                .map(NewsGazetteer.Match::canonical)
                .distinct()
                .forEach(name -> peopleBySurname
                        .computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1), s -> new HashSet<>())
                        .add(name));
        entries.forEach((surface, entry) -> {
            if (entry.type() == EntityType.PERSON && !surface.contains(" ")) {
                peopleBySurname.put(surface, Set.of(entry.canonical()));
            }
        });
    }

    private void add(String line, String file) {
        if (line.startsWith("#") || line.isBlank()) {
            return;
        }
        String[] columns = line.split("\t");
        EntityType type = columns.length < 3 ? null : EntityType.ofValue(columns[1]);
        if (type == null) {
            throw new IllegalStateException(
                    file + ": expected 'surface<TAB>PERSON|ORGANIZATION|LOCATION<TAB>canonical', found: " + line);
        }
        entries.put(columns[0], new NewsGazetteer.Match(0, type, columns[2]));
    }

    /** The listed entry for exactly this text, or null. */
    NewsGazetteer.Match entry(String surface) {
        return entries.get(surface);
    }

    /** The one listed person with this surname (or listed one-word name), or null if none or several. */
    String personWithSurname(String surname) {
        Set<String> people = peopleBySurname.getOrDefault(surname, Set.of());
        return people.size() == 1 ? people.iterator().next() : null;
    }
}
