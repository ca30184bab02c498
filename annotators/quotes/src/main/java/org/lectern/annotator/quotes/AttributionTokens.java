package org.lectern.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;
import org.lectern.api.text.Span;

/**
 * The document as attribution reads it: words and punctuation, with every quote (marks included) collapsed
 * into one {@link Kind#QUOTE} token so that nothing said inside a quote is read as its attribution, and
 * sentences split on that token stream, so a full stop inside a quote never splits its sentence.
 *
 * <p>Why not the segmenter's DKPro {@code Token}s and {@code Sentence}s: attribution needs each quote as one
 * token and sentences that run on across a quote ("“…. …,” she said" is one sentence here, two or three for the
 * sentence model), and its words keep abbreviations' full stops, inner hyphens and possessives ("U.S.",
 * "al-Assad", "Bennett’s") that the phrase rules read as one word. Splitting differently changes attributions.
 */
final class AttributionTokens {

    enum Kind {
        WORD,
        PUNCT,
        QUOTE
    }

    record Token(Kind kind, int begin, int end, String lower, boolean capitalised, int quote) {

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isPunctuation() {
            return kind == Kind.PUNCT;
        }

        boolean isQuote() {
            return kind == Kind.QUOTE;
        }

        /** A capitalised word. */
        boolean isCapitalisedWord() {
            return kind == Kind.WORD && capitalised;
        }
    }

    /** Tokens {@code first} to {@code end} (exclusive) in paragraph {@code paragraph}. */
    record Sentence(int first, int end, int paragraph) {}

    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    /** Sentence index of each token. */
    private final int[] sentenceOfToken;

    AttributionTokens(String text, List<Span> paragraphs, List<QuoteSpan> quotes) {
        int nextQuote = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int sentenceStart = tokens.size();
            int end = paragraphs.get(p).end();
            int i = paragraphs.get(p).begin();
            while (i < end) {
                char c = text.charAt(i);
                while (nextQuote < quotes.size() && quotes.get(nextQuote).openMark() < i) {
                    nextQuote++; // defensive: a mark consumed by a word cannot open a quote token
                }
                if (nextQuote < quotes.size() && quotes.get(nextQuote).openMark() == i) {
                    QuoteSpan quote = quotes.get(nextQuote);
                    tokens.add(new Token(Kind.QUOTE, i, quote.closeEnd(), "", false, nextQuote));
                    nextQuote++;
                    i = quote.closeEnd();
                    // news style ends a quote followed by its attribution with a comma, "?" or "!":
                    // a full stop inside the marks ends the sentence
                    if (quote.end() > quote.begin()
                            && text.charAt(quote.end() - 1) == '.'
                            && startsSentence(text, i, end)) {
                        sentences.add(new Sentence(sentenceStart, tokens.size(), p));
                        sentenceStart = tokens.size();
                    }
                } else if (Character.isLetterOrDigit(c)) {
                    i = addWord(text, i, end);
                } else {
                    if (!QuoteFinder.isSpace(c)) {
                        tokens.add(new Token(Kind.PUNCT, i, i + 1, String.valueOf(c), false, -1));
                        if ((c == '.' || c == '!' || c == '?') && startsSentence(text, i + 1, end)) {
                            sentences.add(new Sentence(sentenceStart, tokens.size(), p));
                            sentenceStart = tokens.size();
                        }
                    }
                    i++;
                }
            }
            if (tokens.size() > sentenceStart) {
                sentences.add(new Sentence(sentenceStart, tokens.size(), p));
            }
        }
        sentenceOfToken = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = sentences.get(s).first(); t < sentences.get(s).end(); t++) {
                sentenceOfToken[t] = s;
            }
        }
    }

    int sentenceOf(int token) {
        return sentenceOfToken[token];
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The sentence holding token {@code token}. */
    Sentence sentenceAround(int token) {
        return sentences.get(sentenceOfToken[token]);
    }

    int paragraphOfSentence(int sentence) {
        return sentences.get(sentence).paragraph();
    }

    Token get(int token) {
        return tokens.get(token);
    }

    int size() {
        return tokens.size();
    }

    /** Index of the first token that ends after {@code offset} (tokens.size() if none). */
    int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A word: letters and digits, joined by inner apostrophes, dots, hyphens and ampersands (U.S., al-Assad). */
    private int addWord(String text, int begin, int end) {
        int i = begin + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ("’'.-&".indexOf(c) >= 0 && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        String lower = text.substring(begin, i).toLowerCase();
        // the full stop of an abbreviation or initial belongs to the word and ends no sentence
        if (i < end
                && text.charAt(i) == '.'
                && (lower.indexOf('.') >= 0
                        || AttributionLexicon.ABBREVIATIONS.contains(lower)
                        || i - begin == 1 && Character.isUpperCase(text.charAt(begin)))) {
            i++;
            lower = lower + ".";
        }
        tokens.add(new Token(Kind.WORD, begin, i, lower, Character.isUpperCase(text.charAt(begin)), -1));
        return i;
    }

    /** After sentence-final punctuation: closing brackets, then space, then a capital, digit or opening mark. */
    private static boolean startsSentence(String text, int i, int end) {
        while (i < end && (text.charAt(i) == ')' || text.charAt(i) == ']')) {
            i++;
        }
        if (i >= end || !QuoteFinder.isSpace(text.charAt(i))) {
            return false;
        }
        while (i < end && QuoteFinder.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'«„".indexOf(c) >= 0;
    }
}
