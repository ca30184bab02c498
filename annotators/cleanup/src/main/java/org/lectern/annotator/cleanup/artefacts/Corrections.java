package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One document's tokens, the context they are judged in (corrections applied) and the findings so far: what the
 * rules and the sweeps share. Corrections are made most confident first and fed back as context, so a run of
 * replaced words ("devoted safety cupboard assembly") is repaired word by word.
 */
final class Corrections {

    final String text;
    final List<StatisticsTokens.Token> tokens;
    /** The normalised tokens with the corrections made so far: the context each word is judged in. */
    final String[] context;
    /** Words already corrected or inside a phrase a rule rewrote: not judged again. */
    final boolean[] flagged;
    /** Words a replacement (not a rule) was found for. */
    private final boolean[] replaced;

    private final BitSet excluded;
    private final double minConfidence;
    private final ContextFit fit;
    private final List<Finding> findings = new ArrayList<>();
    /** The findings by the lower-cased words they replace, in the order they were made. */
    private final Map<String, List<Finding>> byWord = new HashMap<>();

    /** @param excluded characters never flagged (quotes, boilerplate, other languages) */
    Corrections(String text, BitSet excluded, double minConfidence, ContextFit fit) {
        this.text = text;
        this.tokens = StatisticsTokens.of(text);
        this.context = tokens.stream().map(StatisticsTokens.Token::norm).toArray(String[]::new);
        this.flagged = new boolean[tokens.size()];
        this.replaced = new boolean[tokens.size()];
        this.excluded = excluded;
        this.minConfidence = minConfidence;
        this.fit = fit;
    }

    /** Whether token {@code i} is a word to judge: not yet flagged, a content word, outside excluded text. */
    boolean judgeable(int i) {
        StatisticsTokens.Token token = tokens.get(i);
        return !flagged[i]
                && fit.judged(token)
                && excluded.get(token.begin(), token.end()).isEmpty();
    }

    /** Token {@code i} lower-cased as it now reads, for the language model: its correction once it is flagged. */
    String reading(int i) {
        StatisticsTokens.Token token = tokens.get(i);
        return flagged[i]
                ? context[i]
                : text.substring(token.begin(), token.end()).toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps a confident finding outside excluded text; a one-word correction becomes context, and a {@code
     * replacement} (not a rule's finding) may join its neighbours into a phrase.
     */
    void accept(Finding finding, boolean replacement) {
        if (finding.confidence() < minConfidence
                || !excluded.get(finding.begin(), finding.end()).isEmpty()) {
            return;
        }
        findings.add(finding);
        byWord.computeIfAbsent(wordAt(finding), w -> new ArrayList<>()).add(finding);
        for (int i = firstTokenFrom(finding.begin());
                i < tokens.size() && tokens.get(i).begin() < finding.end();
                i++) {
            StatisticsTokens.Token token = tokens.get(i);
            if (token.begin() == finding.begin() && token.end() == finding.end()) {
                context[i] = finding.correction();
                replaced[i] = replacement;
            }
            // words inside a phrase a rule rewrote are not judged again
            flagged[i] |= token.end() <= finding.end();
        }
    }

    /** Takes back the replacement found for token {@code i}, so it can be judged again. */
    void withdraw(int i) {
        Finding kept = findingAt(i);
        findings.remove(kept);
        byWord.get(wordAt(kept)).remove(kept);
        flagged[i] = false;
        replaced[i] = false;
        context[i] = tokens.get(i).norm();
    }

    /** Withdraws the findings made since the tokens from {@code from} on were flagged as {@code before}. */
    void withdrawSince(int from, boolean[] before) {
        IntStream.range(from, from + before.length)
                .filter(i -> flagged[i] && !before[i - from])
                .forEach(this::withdraw);
    }

    /** The replacements (written word, correction) found since the words were flagged as {@code before}. */
    List<String[]> replacementsSince(boolean[] before) {
        return IntStream.range(0, before.length)
                .filter(i -> flagged[i] && !before[i])
                .mapToObj(i -> new String[] {tokens.get(i).norm(), context[i]})
                .filter(pair -> !pair[0].equals(pair[1]))
                .toList();
    }

    /** The finding that replaced exactly token {@code i}. */
    Finding findingAt(int i) {
        StatisticsTokens.Token token = tokens.get(i);
        return findings.stream()
                .filter(f -> f.begin() == token.begin() && f.end() == token.end())
                .findFirst()
                .orElseThrow();
    }

    /** The index of the most confident proposal, or -1 when none reaches the minimum confidence. */
    int mostConfident(Finding[] proposals) {
        int best = -1;
        for (int i = 0; i < proposals.length; i++) {
            if (proposals[i] != null && (best < 0 || proposals[i].confidence() > proposals[best].confidence())) {
                best = i;
            }
        }
        return best >= 0 && proposals[best].confidence() >= minConfidence ? best : -1;
    }

    /** The correction already made for the same word at another place in the document, or null. */
    String correctionElsewhere(int i) {
        StatisticsTokens.Token token = tokens.get(i);
        for (Finding finding : byWord.getOrDefault(token.norm(), List.of())) {
            if (finding.begin() != token.begin()) {
                return finding.correction();
            }
        }
        return null;
    }

    /** The replaced text of a finding, lower-cased: what {@link #correctionElsewhere} looks up. */
    private String wordAt(Finding finding) {
        return text.substring(finding.begin(), finding.end()).toLowerCase(Locale.ROOT);
    }

    /** The index of the first token beginning at or after {@code offset} (tokens are in text order). */
    private int firstTokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).begin() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The findings, with adjacent replaced words whose corrections form an attested pair ("cupboard assembly" →
     * "cabinet meeting") joined into one phrase: one artefact, whose correction reads as a whole.
     */
    List<Finding> phrases() {
        List<Finding> phrases = new ArrayList<>();
        Finding open = null;
        for (Finding finding : findings.stream()
                .sorted(Comparator.comparingInt(Finding::begin))
                .toList()) {
            if (open != null && joins(open, finding)) {
                open = new Finding(
                        open.begin(),
                        finding.end(),
                        open.correction() + " " + finding.correction(),
                        Math.min(open.confidence(), finding.confidence()));
            } else {
                if (open != null) {
                    phrases.add(open);
                }
                open = finding;
            }
        }
        if (open != null) {
            phrases.add(open);
        }
        return phrases;
    }

    /** Whether {@code next} is the replaced word right after the replaced phrase {@code open}, forming a pair. */
    private boolean joins(Finding open, Finding next) {
        int last = tokenEndingAt(open.end());
        return last >= 0
                && last + 1 < tokens.size()
                && replaced[last]
                && replaced[last + 1]
                && tokens.get(last + 1).begin() == next.begin()
                && tokens.get(last + 1).end() == next.end()
                && text.substring(open.end(), next.begin()).equals(" ")
                && fit.attested(context[last], context[last + 1]);
    }

    private int tokenEndingAt(int end) {
        int i = firstTokenFrom(end) - 1;
        return i >= 0 && tokens.get(i).end() == end ? i : -1;
    }
}
