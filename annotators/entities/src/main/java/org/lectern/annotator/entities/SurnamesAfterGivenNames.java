package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Stewart Downing did not": a one-word person the model found, followed by a capitalised word it left out and then
 * a lower-case word or punctuation, is a given name and a surname. The person must not be a listed person's
 * surname ("Bush"), the word not listed, a title, demonym, month or weekday, a word for an organisation or an
 * abstract noun.
 */
record SurnamesAfterGivenNames(DocumentTokens doc, NewsGazetteer gazetteer, NameKnowledgeBase knowledge)
        implements MentionPass {

    /** Endings of abstract nouns that headline-style capitals put after a surname ("Bush Presidency"). */
    private static final Pattern NOUN_ENDING = Pattern.compile(".*(cy|ment|tion|sion|ship|ism|ity|ness)");

    @Override
    public List<Mention> apply(List<Mention> input) {
        CoveredTokens covered = new CoveredTokens(doc, input);
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            boolean joined = mention.is(EntityType.PERSON)
                    && mention.length() == 1
                    && mention.source() == Mention.Source.MODEL
                    && knowledge.personWithSurname(doc.word(mention.start())) == null
                    && isLeftOutSurname(mention.end(), covered);
            mentions.add(
                    joined
                            ? new Mention(mention.start(), mention.end() + 1, EntityType.PERSON, null, mention.source())
                            : mention);
        }
        return mentions;
    }

    private boolean isLeftOutSurname(int token, CoveredTokens covered) {
        DocumentTokens.Sentence sentence = doc.sentenceOf(token - 1);
        if (token + 1 >= sentence.end() || covered.at(token) || doc.glued(token - 1)) {
            return false;
        }
        String word = doc.word(token);
        String next = doc.word(token + 1);
        return word.matches("\\p{Lu}\\p{Ll}+")
                && !NOUN_ENDING.matcher(word).matches()
                && (!NameText.isCapitalised(next) || doc.isPunctuation(token + 1))
                && !IntroducedNames.CALENDAR_WORDS.contains(word)
                && gazetteer.exactEntry(word) == null
                && !gazetteer.isDemonym(word)
                && gazetteer.titles().titleLength(doc.tokens(), token, token + 1) == 0
                && !NewsLexicon.ORGANISATION_NOUNS.contains(word.toLowerCase(Locale.ROOT))
                && !NewsLexicon.GENERIC_ORGANISATION_WORDS.contains(word);
    }
}
