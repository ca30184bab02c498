package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names listed together are of one kind. In a list of capitalised names ("A, B and C", "A, B or C"), introduced
 * by a word for organisations ("warez networks such as A, B and C", "tabloids A, B and C") every item is an
 * organisation; otherwise, when at least two items the model typed agree and at most one disagrees, the
 * disagreeing one (unless a place read among people) and the names it missed take their type ("the work of
 * Caravaggio, Stubbs and Rubens"). Names it missed are not demonyms, months, first words of the sentence or glued
 * to the next word ("T" of "T-Mobile"); gazetteer names keep their type.
 */
record Coordinations(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    /** One item of a list: tokens {@code start..end}, and the mention that covers exactly them, if any. */
    private record Item(int start, int end, Integer mention) {}

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        Integer[] mentionAt = new Integer[doc.size()];
        for (int i = 0; i < mentions.size(); i++) {
            for (int t = mentions.get(i).start(); t < mentions.get(i).end(); t++) {
                mentionAt[t] = i;
            }
        }
        for (DocumentTokens.Sentence sentence : doc.sentences()) {
            int i = sentence.start();
            while (i < sentence.end()) {
                List<Item> list = listAt(i, sentence, mentionAt, mentions);
                if (list.size() < 2) {
                    i++;
                    continue;
                }
                retype(
                        list,
                        OrganisationCues.introducedAsOrganisation(
                                doc, list.get(0).start()),
                        mentions);
                i = list.get(list.size() - 1).end();
            }
        }
        return mentions;
    }

    /** The list of names starting at {@code token} (empty if there is none). */
    private List<Item> listAt(int token, DocumentTokens.Sentence sentence, Integer[] mentionAt, List<Mention> all) {
        List<Item> items = new ArrayList<>();
        int i = token;
        while (true) {
            Item item = itemAt(i, sentence, mentionAt, all);
            if (item == null) {
                return List.of();
            }
            items.add(item);
            int next = item.end();
            if (next < sentence.end() && doc.word(next).equals(",")) {
                next++;
            }
            if (next < sentence.end() && Set.of("and", "or").contains(doc.word(next))) {
                Item last = itemAt(next + 1, sentence, mentionAt, all);
                if (last == null) {
                    return List.of();
                }
                items.add(last);
                return items;
            }
            if (next == item.end() || next >= sentence.end()) {
                return List.of();
            }
            i = next;
        }
    }

    /** A mention, or capitalised words (a number may end them) that no mention touches, starting at {@code token}. */
    private Item itemAt(int token, DocumentTokens.Sentence sentence, Integer[] mentionAt, List<Mention> all) {
        if (token >= sentence.end() || !NameText.isCapitalised(doc.word(token))) {
            return null;
        }
        if (mentionAt[token] != null) {
            Mention mention = all.get(mentionAt[token]);
            return mention.start() == token ? new Item(token, mention.end(), mentionAt[token]) : null;
        }
        int end = token;
        while (end < sentence.end()
                && mentionAt[end] == null
                && (NameText.isCapitalised(doc.word(end))
                        || end > token && doc.word(end).matches("\\d+"))) {
            end++;
        }
        return end < sentence.end() && mentionAt[end] != null ? null : new Item(token, end, null);
    }

    private void retype(List<Item> list, boolean organisations, List<Mention> mentions) {
        EntityType type = organisations ? EntityType.ORGANIZATION : agreedType(list, mentions);
        if (type == null) {
            return;
        }
        for (Item item : list) {
            Mention mention = item.mention() == null ? null : mentions.get(item.mention());
            if (mention == null && isNewName(item)) {
                mentions.add(new Mention(item.start(), item.end(), type, null, Mention.Source.MODEL));
            } else if (mention != null
                    && mention.source() != Mention.Source.GAZETTEER
                    // places the model knows are mostly right; list items it reads as people are often places
                    && !(mention.is(EntityType.LOCATION) && type == EntityType.PERSON)) {
                mentions.set(item.mention(), mention.withType(type));
            }
        }
    }

    /** Capitalised words the model left out that may be a name: not a demonym, month, the first word, "T" of "T-". */
    private boolean isNewName(Item item) {
        String first = doc.word(item.start());
        return item.start() > doc.sentenceOf(item.start()).start()
                && !(doc.glued(item.end() - 1) && doc.word(item.end()).equals("-"))
                && !gazetteer.isDemonym(first)
                && !IntroducedNames.CALENDAR_WORDS.contains(first);
    }

    /** The type at least two items have and at most one item contradicts, or null. */
    private static EntityType agreedType(List<Item> list, List<Mention> mentions) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        int typed = 0;
        for (Item item : list) {
            if (item.mention() != null) {
                counts.merge(mentions.get(item.mention()).type(), 1, Integer::sum);
                typed++;
            }
        }
        for (Map.Entry<EntityType, Integer> count : counts.entrySet()) {
            if (count.getValue() >= 2 && typed - count.getValue() <= 1 && count.getValue() > typed - count.getValue()) {
                return count.getKey();
            }
        }
        return null;
    }
}
