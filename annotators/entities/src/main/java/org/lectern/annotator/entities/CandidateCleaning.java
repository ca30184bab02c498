package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the statistical model's candidates to names: splits two names tagged as one, trims determiners, titles,
 * punctuation and leading descriptions, drops nationality words and keeps a country adjective that belongs to a
 * government body's name.
 */
record CandidateCleaning(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> candidates) {
        List<Mention> cleaned = new ArrayList<>();
        for (Mention candidate : candidates) {
            if (completesTitle(candidate)) {
                continue;
            }
            for (Mention part : split(candidate)) {
                Mention trimmed = trim(part);
                if (trimmed != null && !gazetteer.isDemonym(doc.surface(trimmed))) {
                    cleaned.add(withCountryAdjective(trimmed));
                }
            }
        }
        return cleaned;
    }

    /** "State" in "Secretary of State" is part of a title, not an organisation. */
    private boolean completesTitle(Mention mention) {
        int sentenceStart = doc.sentenceOf(mention.start()).start();
        return mention.length() == 1
                && !gazetteer.lists(doc.tokens(), mention.start(), mention.end())
                && mention.start() - 2 >= sentenceStart
                && doc.word(mention.start() - 1).equals("of")
                && gazetteer.titles().titleLength(doc.tokens(), mention.start() - 2, mention.start() - 1) == 1;
    }

    /**
     * Splits what the model tagged as one name where it is two: "U.S.-Israel" when a part is a listed place or
     * organisation, and "the Defense Ministry and the National Security Council" at "and" when both sides have two
     * or more words ("Marks and Spencer" stays whole).
     */
    private List<Mention> split(Mention mention) {
        for (int i = mention.start() + 1; i < mention.end() - 1; i++) {
            boolean listedHyphenPart = doc.word(i).equals("-")
                    && (gazetteer.lists(doc.tokens(), mention.start(), i)
                            || gazetteer.lists(doc.tokens(), i + 1, mention.end()));
            boolean conjoinedNames = doc.word(i).equals("and")
                    && !mention.is(EntityType.PERSON)
                    && nameWords(mention.start(), i) > 1
                    && nameWords(i + 1, mention.end()) > 1;
            if (listedHyphenPart || conjoinedNames) {
                List<Mention> parts = new ArrayList<>(split(mention.over(mention.start(), i)));
                parts.addAll(split(mention.over(i + 1, mention.end())));
                return parts;
            }
        }
        return List.of(mention);
    }

    private int nameWords(int start, int end) {
        int words = 0;
        for (int i = start; i < end; i++) {
            words += doc.isDeterminer(i) || doc.isPunctuation(i) ? 0 : 1;
        }
        return words;
    }

    /** The name part of a model mention, or null if nothing name-like is left. */
    private Mention trim(Mention mention) {
        int start = mention.start();
        int end = mention.end();
        while (start < end && (doc.isDeterminer(start) || doc.isPunctuation(start))) {
            start++;
        }
        while (end > start && doc.isPunctuation(end - 1)) {
            end--;
        }
        // "US TV network Fox News": a name does not contain lower-case content words, the name is what follows
        for (int i = end - 1; i > start; i--) {
            if (isLowerCaseContentWord(i)) {
                start = i + 1;
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        EntityType type = NewsLexicon.DOMAIN.matcher(doc.surface(start, end)).matches()
                ? EntityType.ORGANIZATION
                : mention.type();
        if (type == EntityType.ORGANIZATION) {
            end = withoutTrailingTitles(start, end);
        }
        if (type == EntityType.PERSON) {
            start = withoutLeadingTitles(start, end);
        }
        if (start >= end || !doc.surface(start, end).chars().anyMatch(Character::isUpperCase)) {
            return null;
        }
        return new Mention(start, end, type, null, mention.source());
    }

    /** "Israeli Foreign Ministry Director-General" → the ministry. */
    private int withoutTrailingTitles(int start, int end) {
        for (int title = gazetteer.titles().trailingTitleLength(doc.tokens(), start, end);
                title > 0 && title < end - start;
                title = gazetteer.titles().trailingTitleLength(doc.tokens(), start, end)) {
            end -= title;
            while (end > start + 1 && doc.isPunctuation(end - 1)) {
                end--;
            }
        }
        return end;
    }

    /** "Prime Minister Mark Carney", "Israeli Mr. Cohen" → the name. */
    private int withoutLeadingTitles(int start, int end) {
        for (boolean trimmed = true; trimmed && end - start > 1; ) {
            int title = gazetteer.titles().titleLength(doc.tokens(), start, end);
            if (title > 0 && title < end - start) {
                start += title;
            } else if (gazetteer.isDemonym(doc.word(start)) || doc.isPunctuation(start)) {
                start++;
            } else {
                trimmed = false;
            }
        }
        return start;
    }

    /** "Israeli" belongs to the name in "Israeli Foreign Ministry" (but is no entity in "Israeli officials"). */
    private Mention withCountryAdjective(Mention mention) {
        int before = mention.start() - 1;
        if (mention.is(EntityType.ORGANIZATION)
                && before >= doc.sentenceOf(mention.start()).start()
                && NameText.isCapitalised(doc.word(before))
                && gazetteer.isDemonym(doc.word(before))
                && NewsLexicon.GOVERNMENT_BODY.matcher(doc.surface(mention)).matches()) {
            return mention.over(before, mention.end());
        }
        return mention;
    }

    private boolean isLowerCaseContentWord(int token) {
        String word = doc.word(token);
        return word.length() > 3
                && word.chars().allMatch(Character::isLowerCase)
                && !NewsLexicon.NAME_PARTICLES.contains(word);
    }
}
