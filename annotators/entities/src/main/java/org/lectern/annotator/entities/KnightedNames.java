package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Sir Alex Ferguson", "Dame Judi Dench": the knighthood stays outside the span (it is a title) but belongs to the
 * canonical name, of this mention and of every other mention of the person.
 */
record KnightedNames(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        // each renaming applies to every mention holding the name at that moment, renamed ones included: the
        // names are renamed as groups of the names they started as, not mention by mention (issue 19)
        Map<String, List<String>> originalsByName = new HashMap<>();
        for (Mention mention : input) {
            originalsByName.putIfAbsent(mention.canonical(), new ArrayList<>(List.of(mention.canonical())));
        }
        for (Mention knighted : input) {
            int title = knighted.start() - 1;
            if (knighted.is(EntityType.PERSON)
                    && knighted.length() > 1
                    && title >= doc.sentenceOf(knighted.start()).start()
                    && NewsLexicon.KNIGHTHOODS.contains(doc.word(title))
                    && !knighted.canonical().startsWith(doc.word(title) + " ")) {
                List<String> renamed = originalsByName.remove(knighted.canonical());
                if (renamed != null) {
                    originalsByName
                            .computeIfAbsent(doc.word(title) + " " + knighted.canonical(), name -> new ArrayList<>())
                            .addAll(renamed);
                }
            }
        }
        Map<String, String> nameOf = new HashMap<>();
        originalsByName.forEach((name, originals) -> originals.forEach(original -> nameOf.put(original, name)));
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String name = nameOf.get(mention.canonical());
            mentions.add(name.equals(mention.canonical()) ? mention : mention.withCanonical(name));
        }
        return mentions;
    }
}
