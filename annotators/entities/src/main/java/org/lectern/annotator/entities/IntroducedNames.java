package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the model missed right after a word that says what they name: "the Chilean group Makisa" (a word for
 * organisations: an organisation), "Cuban artist Papo Record" (a job title before two or more capitalised words: a
 * person). Only capitalised words that no mention touches, followed by a lower-case word or punctuation, and none
 * of them a title, demonym, month or weekday.
 */
record IntroducedNames(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    private static final int LONGEST_NAME = 4;
    static final Set<String> CALENDAR_WORDS = Set.of(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        for (DocumentTokens.Sentence sentence : doc.sentences()) {
            for (int cue = sentence.start(); cue + 1 < sentence.end(); cue++) {
                String word = doc.word(cue);
                if (NameText.isCapitalised(word) || covered.at(cue + 1)) {
                    continue;
                }
                boolean organisation = NewsLexicon.ORGANISATION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
                // "market leader Best Buy" describes a company
                boolean person = !organisation
                        && !word.equals("leader")
                        && gazetteer.titles().titleLength(doc.tokens(), cue, cue + 1) == 1;
                int end = organisation || person ? nameEnd(cue + 1, sentence, covered) : -1;
                if (end > cue + 1 && (organisation || end - cue > 2)) {
                    EntityType type = organisation ? EntityType.ORGANIZATION : EntityType.PERSON;
                    Mention name = new Mention(cue + 1, end, type, null, Mention.Source.MODEL);
                    result.add(name);
                    covered.add(name);
                }
            }
        }
        return result;
    }

    /** The end of the capitalised words starting at {@code start}, or -1 where they are no name of their own. */
    private int nameEnd(int start, DocumentTokens.Sentence sentence, CoveredTokens covered) {
        int end = start;
        while (end < sentence.end()
                && end - start < LONGEST_NAME
                && !covered.at(end)
                && NameText.isCapitalised(doc.word(end))
                && doc.word(end).chars().allMatch(Character::isLetter)
                && !CALENDAR_WORDS.contains(doc.word(end))
                && !gazetteer.isDemonym(doc.word(end))
                && gazetteer.titles().titleLength(doc.tokens(), end, end + 1) == 0) {
            end++;
        }
        boolean endsThere = end == sentence.end()
                || !covered.at(end) && !NameText.isCapitalised(doc.word(end)) && !doc.glued(end - 1)
                || doc.isPunctuation(end);
        return end > start && endsThere ? end : -1;
    }
}
