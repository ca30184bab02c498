package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hyphenated names are one name: a person mention takes in the parts glued to it by hyphens ("Ann
 * Trevelyan-Smith", "Saint-Exupéry", "al-Assad"), and two person mentions that then touch are one.
 */
record HyphenatedNames(DocumentTokens doc) implements MentionPass {

    /** Lower-case name parts written before a hyphen: "al-Assad", "el-Sisi", "bin-Laden". */
    private static final Set<String> PREFIXES = Set.of("al", "el", "ad", "ar", "as", "an", "bin", "ibn", "ben", "abu");

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : input) {
            Mention whole = mention.is(EntityType.PERSON) ? withHyphenatedParts(mention) : mention;
            Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (previous != null
                    && previous.is(EntityType.PERSON)
                    && whole.is(EntityType.PERSON)
                    && previous.end() == whole.start()) {
                mentions.set(mentions.size() - 1, previous.over(previous.start(), whole.end()));
            } else {
                mentions.add(whole);
            }
        }
        return mentions;
    }

    private Mention withHyphenatedParts(Mention mention) {
        DocumentTokens.Sentence sentence = doc.sentenceOf(mention.start());
        int start = mention.start();
        while (start - 2 >= sentence.start() && hyphenBetween(start - 2) && isNamePart(start - 2)) {
            start -= 2;
        }
        int end = mention.end();
        while (end + 1 < sentence.end() && hyphenBetween(end - 1) && NameText.isCapitalised(doc.word(end + 1))) {
            end += 2;
        }
        return start == mention.start() && end == mention.end() ? mention : mention.over(start, end);
    }

    /** Tokens {@code token}, "-" and the next one are written together. */
    private boolean hyphenBetween(int token) {
        return doc.word(token + 1).equals("-") && doc.glued(token) && doc.glued(token + 1);
    }

    private boolean isNamePart(int token) {
        String word = doc.word(token);
        return NameText.isCapitalised(word) || PREFIXES.contains(word);
    }
}
