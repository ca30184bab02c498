package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the coreference passes find names through indexes instead of comparing every pair of mentions; on long
 * random documents full of repeated, nested and competing names they give exactly what the all-pairs passes gave
 * ({@link AllPairsPasses}).
 */
class IndexedPassesTest {

    private static final Pattern MARKED = Pattern.compile("\\[([^|\\]]+)\\|(\\w+)(?:\\|([^\\]]+))?]");

    /** A document of marked sentences ("[Brian|PERSON] 'Head' [Welch|PERSON|Brian Welch] said") and its mentions. */
    private record Document(DocumentTokens doc, List<Mention> mentions) {

        static Document of(List<String> markedSentences) {
            List<List<CoreLabel>> sentences = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            int offset = 0;
            int firstToken = 0;
            for (String marked : markedSentences) {
                StringBuilder text = new StringBuilder();
                List<int[]> spans = new ArrayList<>();
                List<String[]> labels = new ArrayList<>();
                Matcher matcher = MARKED.matcher(marked);
                int last = 0;
                while (matcher.find()) {
                    text.append(marked, last, matcher.start());
                    spans.add(new int[] {
                        offset + text.length(),
                        offset + text.length() + matcher.group(1).length()
                    });
                    labels.add(new String[] {matcher.group(2), matcher.group(3)});
                    text.append(matcher.group(1));
                    last = matcher.end();
                }
                text.append(marked.substring(last));
                List<CoreLabel> tokens = CrfTokenization.tokenize(text.toString(), offset);
                for (int m = 0; m < spans.size(); m++) {
                    int start = firstToken + tokenAt(tokens, spans.get(m)[0]);
                    int end = firstToken + tokenAt(tokens, spans.get(m)[1]);
                    mentions.add(new Mention(
                            start, end, EntityType.valueOf(labels.get(m)[0]), labels.get(m)[1], Mention.Source.MODEL));
                }
                sentences.add(tokens);
                offset += text.length() + 1;
                firstToken += tokens.size();
            }
            DocumentTokens doc = new DocumentTokens(sentences);
            // unnamed mentions are named by their text, as ListedCanonicalNames does before these passes
            List<Mention> named = mentions.stream()
                    .map(m -> m.canonical() == null ? m.withCanonical(doc.surface(m)) : m)
                    .toList();
            return new Document(doc, named);
        }

        private static int tokenAt(List<CoreLabel> tokens, int offset) {
            int i = 0;
            while (i < tokens.size() && tokens.get(i).beginPosition() < offset) {
                i++;
            }
            return i;
        }
    }

    /**
     * Documents of sentences drawn at random from {@code choices}: short ones, where a name may occur once or not at
     * all, and long ones, where every name recurs many times.
     */
    private static List<Document> randomDocuments(List<String> choices) {
        List<Document> documents = new ArrayList<>();
        Random random = new Random(19);
        for (int length : List.of(8, 15, 30, 400)) {
            for (int document = 0; document < 12; document++) {
                List<String> sentences = new ArrayList<>();
                for (int i = 0; i < length; i++) {
                    sentences.add(choices.get(random.nextInt(choices.size())));
                }
                documents.add(Document.of(sentences));
            }
        }
        return documents;
    }

    private static void assertSameAsAllPairs(
            List<String> choices,
            BiFunction<DocumentTokens, List<Mention>, List<Mention>> indexed,
            BiFunction<DocumentTokens, List<Mention>, List<Mention>> allPairs) {
        int changed = 0;
        for (Document document : randomDocuments(choices)) {
            List<Mention> expected = allPairs.apply(document.doc(), document.mentions());
            assertThat(indexed.apply(document.doc(), document.mentions())).isEqualTo(expected);
            changed += expected.equals(document.mentions()) ? 0 : 1;
        }
        assertThat(changed).as("documents with names to resolve").isGreaterThan(12);
    }

    @Test
    void partialOrganisationNamesTakeTheSameFullNamesAsWhenComparingAllPairs() {
        List<String> choices = List.of(
                "[Israeli Defense Ministry|ORGANIZATION] said",
                "[Defense Ministry|ORGANIZATION] said",
                "[Russian Defense Ministry|ORGANIZATION] said",
                "[Ministry of Defense|ORGANIZATION] said",
                "[Ministry|ORGANIZATION] said",
                "[GW Pharma|ORGANIZATION] rose",
                "[GW Pharmaceuticals|ORGANIZATION] rose",
                "[GW Pharmaceuticals Group|ORGANIZATION] rose",
                "[US Customs|ORGANIZATION] said",
                "[US Customs Service|ORGANIZATION] said",
                "[United|ORGANIZATION] won",
                "[Manchester United|ORGANIZATION] won",
                "[Shareholders United|ORGANIZATION] met",
                "[Bank|PERSON] spoke",
                "[Bank of England|ORGANIZATION] spoke");
        assertSameAsAllPairs(
                choices,
                (doc, mentions) -> new PartialOrganisationNames().apply(mentions),
                (doc, mentions) -> AllPairsPasses.partialOrganisationNames(mentions));
    }

    @Test
    void acronymsTakeTheSameFullNamesAsWhenComparingAllPairs() {
        List<String> choices = List.of(
                "[Israel Defense Forces|ORGANIZATION] said",
                "[IDF|ORGANIZATION] said",
                "[Israeli Ministry of Defense|ORGANIZATION] said",
                "The [IMoD|ORGANIZATION] said",
                "[International Monetary Fund|ORGANIZATION] lent",
                "[Intl Monetary Fund|LOCATION] lent",
                "[Ian Malcolm Fox|PERSON] spoke",
                "[IMF|ORGANIZATION] lent",
                "[World Anti-Doping Agency|ORGANIZATION] ruled",
                "[Wada|ORGANIZATION] ruled",
                "[Nato|ORGANIZATION] met");
        assertSameAsAllPairs(
                choices,
                (doc, mentions) -> new AcronymExpansions(doc).apply(mentions),
                AllPairsPasses::acronymExpansions);
    }

    @Test
    void nicknamesJoinTheSameNamesAsWhenComparingAllPairs() {
        List<String> choices = List.of(
                "[Brian|PERSON] 'Head' [Welch|PERSON] played",
                "[Brian|PERSON] 'Head' [Welch|PERSON] 'Kid' [Jones|PERSON] played",
                "[Welch|PERSON] 'Kid' [Jones|PERSON] played",
                "[Welch|PERSON] ' [Jones|PERSON] played",
                "[Brian|ORGANIZATION] 'Head' [Welch|PERSON] played",
                "[Jones|PERSON] played");
        assertSameAsAllPairs(
                choices, (doc, mentions) -> new NicknameJoining(doc).apply(mentions), AllPairsPasses::nicknameJoining);
    }

    @Test
    void knightedNamesAreRenamedAsWhenRenamingAllMentionsEachTime() {
        List<String> choices = List.of(
                "Sir [Alex Ferguson|PERSON] said",
                "[Alex Ferguson|PERSON] said",
                "[Ferguson|PERSON|Alex Ferguson] said",
                "Dame [Sir Alex Ferguson|PERSON] said",
                "Dame [Judi Dench|PERSON] said",
                "[Dench|PERSON|Judi Dench] said",
                "Sir [Judi Dench|ORGANIZATION] said");
        assertSameAsAllPairs(
                choices, (doc, mentions) -> new KnightedNames(doc).apply(mentions), AllPairsPasses::knightedNames);
    }

    @Test
    void partialPersonNamesTakeTheSameFullNamesAsWhenComparingAllPairs() {
        List<String> choices = List.of(
                "[Ruud van Nistelrooy|PERSON] scored",
                "[Van Nistelrooy|PERSON] scored",
                "[van Nistelrooy|PERSON] scored",
                "[Ruud|PERSON] scored",
                "[Charles Saumarez Smith|PERSON] spoke",
                "[Saumarez Smith|PERSON] spoke",
                "[Smith|PERSON] spoke",
                "[Ann Smith|PERSON] spoke",
                "[Ann|PERSON] spoke",
                "[Britney Spears|PERSON] sang",
                "[Britney|PERSON] sang",
                "[Spears|ORGANIZATION] sang");
        assertSameAsAllPairs(
                choices,
                (doc, mentions) -> new PartialPersonNames(doc).apply(mentions),
                AllPairsPasses::partialPersonNames);
    }
}
