package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The coreference passes as they were before issue 19, comparing every mention with every other (quadratic in the
 * document's length): the reference the indexed passes must agree with.
 */
final class AllPairsPasses {

    private AllPairsPasses() {}

    static List<Mention> acronymExpansions(DocumentTokens doc, List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        for (int i = 0; i < mentions.size(); i++) {
            Mention acronym = mentions.get(i);
            String surface = doc.surface(acronym);
            if (acronym.length() != 1
                    || !acronym.canonical().equals(surface)
                    || !AcronymExpansions.looksLikeAcronym(surface)) {
                continue;
            }
            int index = i;
            mentions.stream()
                    .filter(full -> !full.is(EntityType.PERSON)
                            && full.canonical().contains(" ")
                            && AcronymExpansions.abbreviates(surface, full.canonical()))
                    .findFirst()
                    .ifPresent(full -> mentions.set(index, acronym.named(full.type(), full.canonical())));
        }
        return mentions;
    }

    static List<Mention> nicknameJoining(DocumentTokens doc, List<Mention> mentions) {
        NicknameJoining pass = new NicknameJoining(doc);
        List<Mention> joined = new ArrayList<>(mentions);
        for (Mention first : mentions) {
            if (!joined.contains(first)) {
                continue;
            }
            mentions.stream()
                    .filter(rest -> first.is(EntityType.PERSON)
                            && rest.is(EntityType.PERSON)
                            && pass.nicknameBetween(first, rest))
                    .findFirst()
                    .ifPresent(rest -> {
                        joined.set(joined.indexOf(first), first.over(first.start(), rest.end()));
                        joined.remove(rest);
                    });
        }
        return joined;
    }

    static List<Mention> knightedNames(DocumentTokens doc, List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        for (Mention knighted : input) {
            int title = knighted.start() - 1;
            if (knighted.is(EntityType.PERSON)
                    && knighted.length() > 1
                    && title >= doc.sentenceOf(knighted.start()).start()
                    && NewsLexicon.KNIGHTHOODS.contains(doc.word(title))
                    && !knighted.canonical().startsWith(doc.word(title) + " ")) {
                String name = knighted.canonical();
                String withTitle = doc.word(title) + " " + name;
                mentions.replaceAll(m -> m.canonical().equals(name) ? m.withCanonical(withTitle) : m);
            }
        }
        return mentions;
    }

    static List<Mention> partialPersonNames(DocumentTokens doc, List<Mention> input) {
        Set<String> fullNames = input.stream()
                .filter(m -> m.is(EntityType.PERSON) && m.canonical().contains(" "))
                .map(Mention::canonical)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String part = doc.surface(mention);
            String fullName = null;
            if (mention.is(EntityType.PERSON) && mention.canonical().equals(part)) {
                String lower = " " + part.toLowerCase(Locale.ROOT);
                List<String> ending = fullNames.stream()
                        .filter(full -> !full.equals(part) && (" " + full.toLowerCase(Locale.ROOT)).endsWith(lower))
                        .toList();
                List<String> starting = part.contains(" ")
                        ? List.of()
                        : fullNames.stream()
                                .filter(full -> full.startsWith(part + " "))
                                .toList();
                fullName = ending.size() == 1
                        ? ending.get(0)
                        : ending.isEmpty() && starting.size() == 1 ? starting.get(0) : null;
            }
            mentions.add(fullName == null ? mention : mention.withCanonical(fullName));
        }
        return mentions;
    }

    static List<Mention> partialOrganisationNames(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        List<Integer> organisations = IntStream.range(0, mentions.size())
                .filter(i -> mentions.get(i).is(EntityType.ORGANIZATION))
                .boxed()
                .toList();
        Map<String, Long> frequency = organisations.stream()
                .collect(Collectors.groupingBy(i -> mentions.get(i).canonical(), Collectors.counting()));
        for (int partial : organisations) {
            String partialName = mentions.get(partial).canonical();
            String partialKey = " " + PartialOrganisationNames.organisationKey(partialName);
            organisations.stream()
                    .map(full -> mentions.get(full).canonical())
                    .filter(full ->
                            PartialOrganisationNames.organisationKey(full).endsWith(partialKey)
                                    || isShortenedLastWord(partialName, full)
                                    || lacksGenericLastWord(partialName, full))
                    .max(Comparator.<String, Long>comparing(frequency::get).thenComparingInt(String::length))
                    .ifPresent(
                            full -> mentions.set(partial, mentions.get(partial).withCanonical(full)));
        }
        return mentions;
    }

    private static boolean lacksGenericLastWord(String shortName, String fullName) {
        return shortName.contains(" ")
                && fullName.startsWith(shortName + " ")
                && NewsLexicon.GENERIC_ORGANISATION_WORDS.contains(fullName.substring(shortName.length() + 1));
    }

    private static boolean isShortenedLastWord(String shortName, String fullName) {
        int shortSpace = shortName.lastIndexOf(' ');
        int fullSpace = fullName.lastIndexOf(' ');
        return shortSpace > 0
                && shortSpace == fullSpace
                && shortName.length() - shortSpace > 3
                && shortName.length() < fullName.length()
                && fullName.startsWith(shortName);
    }
}
