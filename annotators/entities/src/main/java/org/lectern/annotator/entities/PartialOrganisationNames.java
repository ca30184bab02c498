package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * "Foreign Ministry" is the "Israeli Foreign Ministry" of the same article, "Defense Ministry" the "Ministry of
 * Defense", "GW Pharma" the "GW Pharmaceuticals": a partial organisation name takes the full name's canonical.
 *
 * <p>The organisations are taken in text order; each takes, among the full names of its name that organisation
 * mentions hold at that moment, the most frequent, then the longest, then the one held first. The full names are
 * found in an index of the document's names by the three ways a name is shortened, not by comparing every pair
 * of mentions (which made long documents quadratic, issue 19).
 */
final class PartialOrganisationNames implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        List<Integer> organisations = IntStream.range(0, mentions.size())
                .filter(i -> mentions.get(i).is(EntityType.ORGANIZATION))
                .boxed()
                .toList();
        Map<String, Long> frequency = organisations.stream()
                .collect(Collectors.groupingBy(i -> mentions.get(i).canonical(), Collectors.counting()));
        FullNames fullNames = new FullNames(frequency.keySet());
        // the positions holding each name now: a name whose mentions all took a full name is no candidate any more
        Map<String, TreeSet<Integer>> holders = new HashMap<>();
        organisations.forEach(i -> holders.computeIfAbsent(mentions.get(i).canonical(), name -> new TreeSet<>())
                .add(i));
        for (int partial : organisations) {
            String partialName = mentions.get(partial).canonical();
            // "United" in a Manchester United report is not the "Shareholders United" mentioned once
            fullNames.of(partialName).stream()
                    .filter(full -> !holders.get(full).isEmpty())
                    .max(Comparator.<String, Long>comparing(frequency::get)
                            .thenComparingInt(String::length)
                            .thenComparingInt(full -> -holders.get(full).first()))
                    .ifPresent(full -> {
                        holders.get(partialName).remove(partial);
                        holders.get(full).add(partial);
                        mentions.set(partial, mentions.get(partial).withCanonical(full));
                    });
        }
        return mentions;
    }

    /** A document's organisation names, indexed by the shorter names they are the full name of. */
    private static final class FullNames {

        /** "Defense Ministry" → "Israeli Defense Ministry", "Ministry of Defense": the name's last words. */
        private final Map<String, Set<String>> byLastWords = new HashMap<>();
        /** "GW Pharma" → "GW Pharmaceuticals": the same words, the last one cut short (to three letters or more). */
        private final Map<String, Set<String>> byShortenedLastWord = new HashMap<>();
        /** "US Customs" → "US Customs Service": two words or more, the full name's generic last word left out. */
        private final Map<String, Set<String>> byGenericLastWordLeftOut = new HashMap<>();

        FullNames(Collection<String> names) {
            for (String name : names) {
                String key = organisationKey(name);
                for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                    add(byLastWords, key.substring(space + 1), name);
                }
                int lastSpace = name.lastIndexOf(' ');
                for (int end = lastSpace + 4; lastSpace > 0 && end < name.length(); end++) {
                    add(byShortenedLastWord, name.substring(0, end), name);
                }
                for (String generic : NewsLexicon.GENERIC_ORGANISATION_WORDS) {
                    String shortName =
                            name.endsWith(" " + generic) ? name.substring(0, name.length() - generic.length() - 1) : "";
                    if (shortName.contains(" ")) {
                        add(byGenericLastWordLeftOut, shortName, name);
                    }
                }
            }
        }

        private static void add(Map<String, Set<String>> index, String shortName, String fullName) {
            index.computeIfAbsent(shortName, name -> new LinkedHashSet<>()).add(fullName);
        }

        /** The names of the document that {@code partialName} is a shortened form of. */
        Set<String> of(String partialName) {
            Set<String> fullNames = new LinkedHashSet<>();
            fullNames.addAll(byLastWords.getOrDefault(organisationKey(partialName), Set.of()));
            fullNames.addAll(byShortenedLastWord.getOrDefault(partialName, Set.of()));
            fullNames.addAll(byGenericLastWordLeftOut.getOrDefault(partialName, Set.of()));
            return fullNames;
        }
    }

    /** "Ministry of Defense" is compared as "Defense Ministry". */
    static String organisationKey(String name) {
        var matcher = NewsLexicon.MINISTRY_OF.matcher(name);
        return matcher.find() ? name.substring(0, matcher.start()) + matcher.group(2) + " " + matcher.group(1) : name;
    }
}
