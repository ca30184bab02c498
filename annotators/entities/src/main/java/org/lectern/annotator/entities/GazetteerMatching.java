package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the gazetteer's names (longest first, whole tokens) and "the West"; a listed name replaces overlapping
 * mentions unless one of them is a longer name containing it.
 */
record GazetteerMatching(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> merged = new ArrayList<>(mentions);
        for (Mention match : matches()) {
            List<Mention> overlapping =
                    merged.stream().filter(m -> m.overlaps(match)).toList();
            if (overlapping.stream().noneMatch(m -> m.contains(match) && m.length() > match.length())) {
                merged.removeAll(overlapping);
                merged.add(match);
            }
        }
        return merged;
    }

    private List<Mention> matches() {
        List<Mention> matches = new ArrayList<>();
        for (DocumentTokens.Sentence sentence : doc.sentences()) {
            List<CoreLabel> sentenceTokens = doc.tokens().subList(sentence.start(), sentence.end());
            for (int i = 0; i < sentenceTokens.size(); ) {
                int start = sentence.start() + i;
                NewsGazetteer.Match match = gazetteer.longestMatch(sentenceTokens, i);
                if (match == null && isTheWest(start, sentence)) {
                    matches.add(new Mention(
                            start,
                            start + 1,
                            EntityType.LOCATION,
                            NewsLexicon.WESTERN_WORLD,
                            Mention.Source.GAZETTEER));
                }
                if (match == null) {
                    i++;
                } else {
                    matches.add(new Mention(
                            start, start + match.length(), match.type(), match.canonical(), Mention.Source.GAZETTEER));
                    i += match.length();
                }
            }
        }
        return matches;
    }

    /** "the West" as a political region, not "West Ham" or "the West Bank". */
    private boolean isTheWest(int token, DocumentTokens.Sentence sentence) {
        return doc.word(token).equals("West")
                && token > sentence.start()
                && doc.word(token - 1).equalsIgnoreCase("the")
                && (token + 1 == sentence.end() || !NameText.isCapitalised(doc.word(token + 1)));
    }
}
