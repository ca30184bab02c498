package org.lectern.viewer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.viewer.DocumentSummary.Mention;

/** Search over the documents' summaries: entity canonical names or mentions, quote speakers, or the text. */
final class DocumentSearch {

    private static final int SNIPPET_CONTEXT = 60;
    private static final int HITS_PER_DOCUMENT = 10;

    /** One search result with a snippet around it. */
    record SearchHit(
            String id, String kind, String label, int begin, int end, String before, String match, String after) {}

    private DocumentSearch() {}

    /**
     * Documents matching {@code query}, in the order of {@code documents}.
     *
     * @param kind {@code entity}, {@code speaker}, {@code text} or {@code all}
     */
    static List<SearchHit> search(List<DocumentSummary> documents, String query, String kind, int limit) {
        Pattern pattern =
                Pattern.compile(Pattern.quote(query.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean all = kind.equals("all");
        List<SearchHit> hits = new ArrayList<>();
        for (DocumentSummary doc : documents) {
            if (doc.error() != null) {
                continue;
            }
            int before = hits.size();
            if (all || kind.equals("entity")) {
                addMentionHits(doc, doc.entities(), "entity", pattern, hits, true);
            }
            if (all || kind.equals("speaker")) {
                addMentionHits(doc, doc.quotes(), "speaker", pattern, hits, false);
            }
            if (all || kind.equals("text")) {
                addTextHits(doc, query.strip(), pattern, hits, before);
            }
            if (hits.size() >= limit) {
                return hits.subList(0, limit);
            }
        }
        return hits;
    }

    /**
     * Text hits: a plain search of the lower-cased query in the lower-cased text, which is many times faster than
     * a case-insensitive pattern; the pattern only where lower-casing changes the text's length (offsets would
     * drift).
     */
    private static void addTextHits(
            DocumentSummary doc, String query, Pattern pattern, List<SearchHit> hits, int before) {
        String lowerQuery = query.toLowerCase(Locale.ROOT);
        if (doc.lowerText() != null && lowerQuery.length() == query.length()) {
            for (int at = doc.lowerText().indexOf(lowerQuery);
                    at >= 0 && hits.size() - before < HITS_PER_DOCUMENT;
                    at = doc.lowerText().indexOf(lowerQuery, at + 1)) {
                hits.add(hit(doc, "text", null, at, at + query.length()));
            }
            return;
        }
        Matcher matcher = pattern.matcher(doc.text());
        while (hits.size() - before < HITS_PER_DOCUMENT && matcher.find()) {
            hits.add(hit(doc, "text", null, matcher.start(), matcher.end()));
        }
    }

    private static void addMentionHits(
            DocumentSummary doc,
            List<Mention> mentions,
            String kind,
            Pattern pattern,
            List<SearchHit> hits,
            boolean matchCoveredText) {
        Set<String> seen = new HashSet<>();
        int added = 0;
        for (Mention mention : mentions) {
            boolean matches = pattern.matcher(mention.label()).find()
                    || (matchCoveredText
                            && pattern.matcher(mention.coveredText()).find());
            if (matches && added < HITS_PER_DOCUMENT && seen.add(mention.label() + "@" + mention.begin())) {
                hits.add(hit(doc, kind, mention.label(), mention.begin(), mention.end()));
                added++;
            }
        }
    }

    private static SearchHit hit(DocumentSummary doc, String kind, String label, int begin, int end) {
        String text = doc.text();
        int from = Math.max(0, begin - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), end + SNIPPET_CONTEXT);
        int matchEnd = Math.min(end, text.length());
        return new SearchHit(
                doc.id(),
                kind,
                label,
                begin,
                end,
                oneLine(text.substring(from, begin)),
                oneLine(text.substring(begin, matchEnd)),
                oneLine(text.substring(matchEnd, to)));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
