package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Clubs named by their town or a short form ({@link SportsClubForms}). In a football report (a few sports words),
 * a town read as a place is its club when the sentence has a sports word ("the 3-0 win against Everton") or the
 * article names a club that starts with the town ("Graz AK" … "fair to Graz"). Once the article names a listed club
 * in full, its short form alone is that club ("Manchester City" … "against City"), unless several clubs named
 * share it.
 */
record SportsClubs(DocumentTokens doc, SportsClubForms forms) implements MentionPass {

    private static final int MIN_SPORTS_WORDS = 3;

    @Override
    public List<Mention> apply(List<Mention> input) {
        Map<String, String> organisationByFirstWord = new HashMap<>();
        Set<String> organisations = new HashSet<>();
        for (Mention mention : input) {
            if (mention.is(EntityType.ORGANIZATION)) {
                String name = mention.canonical() != null ? mention.canonical() : doc.surface(mention);
                organisations.add(name);
                if (mention.length() > 1) {
                    organisationByFirstWord.putIfAbsent(doc.word(mention.start()), name);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>(input.size());
        Boolean footballReport = null;
        for (Mention mention : input) {
            String surface = doc.surface(mention);
            String club = mention.is(EntityType.ORGANIZATION) ? null : forms.clubOfTown(surface);
            if (club != null && footballReport == null) {
                footballReport = countSportsWords(0, doc.size()) >= MIN_SPORTS_WORDS;
            }
            String named = organisationByFirstWord.get(surface);
            if (club != null && footballReport && (named != null || sportsSentence(mention))) {
                mentions.add(clubMention(mention.start(), mention.end(), named != null ? named : club));
            } else {
                mentions.add(mention);
            }
        }
        return withShortForms(mentions, organisations);
    }

    private List<Mention> withShortForms(List<Mention> mentions, Set<String> organisations) {
        Map<String, String> clubOfShortForm = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String organisation : organisations) {
            String[] words = organisation.split(" ");
            for (String form : words.length > 1 ? List.of(words[0], words[words.length - 1]) : List.<String>of()) {
                if (forms.clubsOfShortForm(form).contains(organisation)) {
                    if (clubOfShortForm.putIfAbsent(form, organisation) != null) {
                        ambiguous.add(form);
                    }
                }
            }
        }
        ambiguous.forEach(clubOfShortForm::remove);
        if (clubOfShortForm.isEmpty()) {
            return mentions;
        }
        List<Mention> result = new ArrayList<>(mentions);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        for (DocumentTokens.Sentence sentence : doc.sentences()) {
            for (int i = sentence.start(); i < sentence.end(); i++) {
                String club = clubOfShortForm.get(doc.word(i));
                boolean alone = (i == sentence.start() || !NameText.isCapitalised(doc.word(i - 1)))
                        && (i + 1 == sentence.end() || !NameText.isCapitalised(doc.word(i + 1)));
                if (club != null && alone && !covered.at(i)) {
                    result.add(clubMention(i, i + 1, club));
                }
            }
        }
        return result;
    }

    private static Mention clubMention(int start, int end, String club) {
        return new Mention(start, end, EntityType.ORGANIZATION, club, Mention.Source.GAZETTEER);
    }

    private boolean sportsSentence(Mention mention) {
        DocumentTokens.Sentence sentence = doc.sentenceOf(mention.start());
        return countSportsWords(sentence.start(), sentence.end()) > 0;
    }

    private int countSportsWords(int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (SportsClubForms.SPORTS_WORDS.contains(doc.word(i).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
