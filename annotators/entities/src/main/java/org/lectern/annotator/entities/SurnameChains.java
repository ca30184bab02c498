package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lone surname is the person named in full most often in the article, and of equals the nearest before (else
 * after) the surname.
 */
record SurnameChains(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    /** A capitalised word that can end a person's name: not an initial and not a nationality. */
    static boolean isSurname(DocumentTokens doc, NewsGazetteer gazetteer, int token) {
        String word = doc.word(token);
        return word.length() > 1 && NameText.isCapitalised(word) && !word.endsWith(".") && !gazetteer.isDemonym(word);
    }

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        List<Mention> fullNames = mentions.stream()
                .filter(m -> m.is(EntityType.PERSON) && m.length() > 1 && isSurname(doc, gazetteer, m.end() - 1))
                .toList();
        Map<String, Long> fullNameCounts =
                fullNames.stream().collect(Collectors.groupingBy(Mention::canonical, Collectors.counting()));
        Map<String, List<Mention>> bySurname = fullNames.stream()
                .collect(Collectors.groupingBy(
                        m -> SpellingVariants.variantKey(doc.word(m.end() - 1)), HashMap::new, Collectors.toList()));
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            List<Mention> candidates = mention.length() == 1
                    ? bySurname.get(SpellingVariants.variantKey(doc.word(mention.start())))
                    : null;
            if (candidates != null) {
                Mention antecedent = candidates.stream()
                        .min(Comparator.<Mention, Long>comparing(full -> -fullNameCounts.get(full.canonical()))
                                .thenComparingInt(full -> full.start() < mention.start()
                                        ? mention.start() - full.start()
                                        : doc.size() + full.start()))
                        .orElseThrow();
                mentions.set(i, mention.named(EntityType.PERSON, antecedent.canonical()));
            }
        }
        return mentions;
    }
}
