package org.lectern.annotator.quotes.benchmark;

import java.util.List;
import java.util.Locale;
import org.lectern.annotator.quotes.benchmark.SeedGold.Span;

/**
 * Quote span P/R/F1 (a predicted quote matches a gold quote when their overlap is at least half of the longer
 * one, each used once) and speaker accuracy on matched quotes: exact canonical name, and lenient (same last
 * word, for systems such as CoreNLP that name speakers by a mention rather than the canonical name).
 */
final class QuoteScore {

    private int gold;
    private int predicted;
    private int matched;
    private int speakerExact;
    private int speakerLenient;
    private int mentionExact;

    void add(List<Span> goldQuotes, List<Span> predictedQuotes, StringBuilder errors, String document) {
        gold += goldQuotes.size();
        predicted += predictedQuotes.size();
        boolean[] used = new boolean[predictedQuotes.size()];
        for (Span g : goldQuotes) {
            int best = -1;
            for (int p = 0; p < predictedQuotes.size(); p++) {
                if (!used[p] && overlaps(g, predictedQuotes.get(p))) {
                    best = p;
                    break;
                }
            }
            if (best < 0) {
                errors.append(String.format("  %s missed quote %d-%d%n", document, g.begin(), g.end()));
                continue;
            }
            used[best] = true;
            matched++;
            Span p = predictedQuotes.get(best);
            if (g.label().equals(p.label())) {
                speakerExact++;
            } else {
                errors.append(String.format(
                        "  %s quote %d-%d speaker %s, gold %s%n", document, g.begin(), g.end(), p.label(), g.label()));
            }
            if (lenientSpeakerMatch(g.label(), p.label())) {
                speakerLenient++;
            }
            if (g.mentionBegin() == p.mentionBegin()) {
                mentionExact++;
            }
        }
        for (int p = 0; p < predictedQuotes.size(); p++) {
            if (!used[p]) {
                errors.append(String.format(
                        "  %s spurious quote %d-%d%n",
                        document,
                        predictedQuotes.get(p).begin(),
                        predictedQuotes.get(p).end()));
            }
        }
    }

    private static boolean overlaps(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
        return overlap > 0 && overlap * 2 >= Math.max(a.end() - a.begin(), b.end() - b.begin());
    }

    static boolean lenientSpeakerMatch(String gold, String predicted) {
        if (predicted == null || gold == null) {
            return false;
        }
        return lastWord(gold).equals(lastWord(predicted));
    }

    private static String lastWord(String name) {
        String[] words =
                name.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").trim().split("\\s+");
        return words[words.length - 1];
    }

    String summary() {
        double precision = predicted == 0 ? 0 : (double) matched / predicted;
        double recall = gold == 0 ? 0 : (double) matched / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(
                Locale.ROOT,
                "quotes P %.3f R %.3f F1 %.3f (%d gold, %d predicted, %d matched); speaker accuracy exact %.3f "
                        + "lenient %.3f; speakerMention exact %.3f",
                precision,
                recall,
                f1,
                gold,
                predicted,
                matched,
                ratio(speakerExact),
                ratio(speakerLenient),
                ratio(mentionExact));
    }

    private double ratio(int count) {
        return matched == 0 ? 0 : (double) count / matched;
    }
}
