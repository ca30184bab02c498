package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * "Foreign Ministry" is the "Israeli Foreign Ministry" of the same article, "Defense Ministry" the "Ministry of
 * Defense", "GW Pharma" the "GW Pharmaceuticals": a partial organisation name takes the full name's canonical.
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
        for (int partial : organisations) {
            String partialName = mentions.get(partial).canonical();
            String partialKey = " " + organisationKey(partialName);
            // "United" in a Manchester United report is not the "Shareholders United" mentioned once
            organisations.stream()
                    .map(full -> mentions.get(full).canonical())
                    .filter(full ->
                            organisationKey(full).endsWith(partialKey) || isShortenedLastWord(partialName, full))
                    .max(Comparator.<String, Long>comparing(frequency::get).thenComparingInt(String::length))
                    .ifPresent(
                            full -> mentions.set(partial, mentions.get(partial).withCanonical(full)));
        }
        return mentions;
    }

    /** "GW Pharma" for "GW Pharmaceuticals": the same words, the last one cut short. */
    private static boolean isShortenedLastWord(String shortName, String fullName) {
        int shortSpace = shortName.lastIndexOf(' ');
        int fullSpace = fullName.lastIndexOf(' ');
        return shortSpace > 0
                && shortSpace == fullSpace
                && shortName.length() - shortSpace > 3
                && shortName.length() < fullName.length()
                && fullName.startsWith(shortName);
    }

    /** "Ministry of Defense" is compared as "Defense Ministry". */
    private static String organisationKey(String name) {
        var matcher = NewsLexicon.MINISTRY_OF.matcher(name);
        return matcher.find() ? name.substring(0, matcher.start()) + matcher.group(2) + " " + matcher.group(1) : name;
    }
}
