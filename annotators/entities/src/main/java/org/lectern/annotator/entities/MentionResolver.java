package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the statistical model's candidates for one document into final mentions with canonical names, by a fixed
 * sequence of {@link MentionPass}es: first the spans (cleaning, gazetteer names, acronyms, further occurrences),
 * then the names (listed names, partial names, countries of government bodies, acronyms, spelling variants,
 * surnames, short names) and last one type per entity.
 */
final class MentionResolver {

    private final List<MentionPass> passes = new ArrayList<>();

    MentionResolver(NewsGazetteer gazetteer, NameKnowledgeBase knowledge, DocumentTokens doc, boolean coreference) {
        passes.add(new CandidateCleaning(doc, gazetteer));
        passes.add(new PersonOrganisationSplit(doc, gazetteer));
        passes.add(new HyphenatedNames(doc));
        passes.add(new PeerageTitles(doc));
        passes.add(new NicknameJoining(doc));
        passes.add(new SurnamesAfterGivenNames(doc, gazetteer, knowledge));
        passes.add(new GazetteerMatching(doc, gazetteer));
        passes.add(new WebDomains(doc));
        passes.add(new IntroducedNames(doc, gazetteer));
        passes.add(new BracketedAcronyms(doc));
        passes.add(new BracketedExpansions(doc));
        if (coreference) {
            passes.add(new FurtherOccurrences(doc, gazetteer));
            passes.add(new HyphenatedNames(doc)); // surnames found again may be the end of a hyphenated one
        }
        passes.add(new EventNames(doc));
        passes.add(new SportsClubs(doc, SportsClubForms.instance()));
        passes.add(new Coordinations(doc, gazetteer));
        passes.add(MentionResolver::inTextOrder);
        passes.add(new ListedCanonicalNames(doc, gazetteer));
        passes.add(new KnightedNames(doc));
        passes.add(new PartialOrganisationNames());
        passes.add(new GovernmentBodyCountries(doc, gazetteer));
        passes.add(new AcronymExpansions(doc));
        passes.add(new SpellingVariants(gazetteer));
        passes.add(new SurnameChains(doc, gazetteer));
        passes.add(new PartialPersonNames(doc));
        passes.add(new ShortOrganisationNames(doc, gazetteer));
        passes.add(new KnownNames(doc, knowledge));
        passes.add(new OrganisationCues(doc));
        passes.add(new TypeUnification(gazetteer));
    }

    /** Final mentions, sorted by position, from the statistical model's candidates (may be empty). */
    List<Mention> resolve(List<Mention> modelMentions) {
        List<Mention> mentions = modelMentions;
        for (MentionPass pass : passes) {
            mentions = pass.apply(mentions);
        }
        return mentions;
    }

    private static List<Mention> inTextOrder(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return sorted;
    }
}
