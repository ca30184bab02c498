package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * "Finance Ministry", "National Security Council", "Prime Minister's Office" without a country belong to the
 * country most present around them (its name, its demonyms, names of organisations containing it, in the
 * mention's sentence and the {@value #CONTEXT_SENTENCES} before): the canonical name gets that country's
 * adjective ("Israeli Finance Ministry").
 */
record GovernmentBodyCountries(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    private static final int CONTEXT_SENTENCES = 3;

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        // positions by start (which this pass does not change): the context of a mention is a range of them
        List<Integer> byStart = IntStream.range(0, mentions.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> mentions.get(i).start()))
                .toList();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            String firstWord = mention.canonical().split("[\\s-]")[0];
            if (mention.is(EntityType.ORGANIZATION)
                    && NewsLexicon.GOVERNMENT_BODY.matcher(mention.canonical()).matches()
                    && !gazetteer.isDemonym(firstWord)
                    && gazetteer.adjectiveOf(firstWord) == null
                    && !gazetteer.isCanonicalName(mention.canonical())) {
                String country = countryAround(mention, mentions, byStart);
                if (country != null) {
                    mentions.set(i, mention.withCanonical(gazetteer.adjectiveOf(country) + " " + mention.canonical()));
                }
            }
        }
        return mentions;
    }

    private String countryAround(Mention mention, List<Mention> mentions, List<Integer> byStart) {
        int sentence = doc.sentenceIndexOf(mention.start());
        int from =
                doc.sentences().get(Math.max(0, sentence - CONTEXT_SENTENCES)).start();
        int to = doc.sentences().get(sentence).end();
        // country signals by position: ties go to the country named first
        Map<Integer, String> signals = new TreeMap<>();
        int first = firstStartingAt(from, mentions, byStart);
        int last = firstStartingAt(to, mentions, byStart);
        List<Integer> inContext = byStart.subList(first, last).stream().sorted().toList();
        for (int position : inContext) {
            Mention other = mentions.get(position);
            if (other.end() <= to) {
                String country = other.is(EntityType.ORGANIZATION)
                        ? countryInName(other.canonical())
                        : countryOf(other.canonical());
                if (country != null) {
                    signals.put(other.start(), country);
                }
            }
        }
        for (int i = from; i < to; i++) {
            String country = gazetteer.placeOfDemonym(doc.word(i));
            if (country != null && gazetteer.adjectiveOf(country) != null) {
                signals.putIfAbsent(i, country);
            }
        }
        Map<String, Integer> weight = new LinkedHashMap<>();
        signals.values().forEach(country -> weight.merge(country, 1, Integer::sum));
        return weight.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Where in {@code byStart} the first mention starting at {@code token} or later is. */
    private static int firstStartingAt(int token, List<Mention> mentions, List<Integer> byStart) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(byStart.get(middle)).start() < token) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The country a place name stands for: itself if it has an adjective, else the country of a capital. */
    private String countryOf(String place) {
        if (gazetteer.adjectiveOf(place) != null) {
            return place;
        }
        String country = gazetteer.countryOfCapital(place);
        return country != null && gazetteer.adjectiveOf(country) != null ? country : null;
    }

    /** "Israel Defense Forces", "Israeli Ministry of Defense": the country an organisation's name contains. */
    private String countryInName(String name) {
        for (String word : name.split(" ")) {
            String country = gazetteer.adjectiveOf(word) != null ? word : gazetteer.placeOfDemonym(word);
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
