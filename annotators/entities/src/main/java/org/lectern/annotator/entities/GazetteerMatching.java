package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Adds the gazetteer's names (longest first, whole tokens) and "the West"; a listed name replaces overlapping
 * mentions unless one of them is a longer name containing it.
 */
record GazetteerMatching(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        // the list in order of addition (null where a mention was replaced), and per token the positions of the
        // mentions covering it: overlaps are found without going through all mentions (issue 19)
        List<Mention> merged = new ArrayList<>(mentions);
        Map<Integer, List<Integer>> byToken = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            index(merged.get(i), i, byToken);
        }
        for (Mention match : matches()) {
            SortedSet<Integer> overlapping = new TreeSet<>();
            for (int token = match.start(); token < match.end(); token++) {
                for (int i : byToken.getOrDefault(token, List.of())) {
                    if (merged.get(i) != null) {
                        overlapping.add(i);
                    }
                }
            }
            if (overlapping.stream()
                    .map(merged::get)
                    .noneMatch(m -> m.contains(match) && m.length() > match.length())) {
                overlapping.forEach(i -> merged.set(i, null));
                merged.add(match);
                index(match, merged.size() - 1, byToken);
            }
        }
        return merged.stream().filter(Objects::nonNull).toList();
    }

    private static void index(Mention mention, int position, Map<Integer, List<Integer>> byToken) {
        for (int token = mention.start(); token < mention.end(); token++) {
            byToken.computeIfAbsent(token, t -> new ArrayList<>()).add(position);
        }
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
