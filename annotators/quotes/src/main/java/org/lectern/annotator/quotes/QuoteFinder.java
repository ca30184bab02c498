package org.lectern.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import org.lectern.api.text.Span;

/**
 * Finds the spans of direct quotes, paragraph by paragraph, from their quotation marks alone.
 *
 * <ul>
 * <li>Double quotes: “…”, "…", mixed pairs ("…” and “…"), «…» and „…“. A straight mark opens only where an
 * opening mark can stand (after a space, an opening bracket or a dash, or at the paragraph start); inside a
 * double quote every other mark, single ones included, belongs to it.</li>
 * <li>Single quotes ‘…’ and '…' (headline and British style) are quotes only when the opening mark stands before
 * a word after a space or at the paragraph start and a closing mark follows a word and precedes no letter, so
 * apostrophes (’s, don’t, rock ’n’ roll inside words) are never taken for quotation marks.</li>
 * <li>A quote still open at the end of its paragraph ends there. When the next paragraph opens with a
 * quotation mark, the quote continues there (news convention) and the part found there is marked as a
 * continuation.</li>
 * </ul>
 */
final class QuoteFinder {

    /** Inner span of a quote and the extent of its marks (closeEnd = paragraph end when unclosed). */
    record QuoteSpan(int openMark, int begin, int end, int closeEnd, boolean continuation) {}

    private QuoteFinder() {}

    /** @param paragraphs in text order, non-empty */
    static List<QuoteSpan> find(String text, List<Span> paragraphs) {
        List<QuoteSpan> quotes = new ArrayList<>();
        boolean previousOpenAtEnd = false;
        for (Span paragraph : paragraphs) {
            int begin = paragraph.begin();
            int end = paragraph.end();
            while (begin < end && isSpace(text.charAt(begin))) {
                begin++;
            }
            boolean continuation = previousOpenAtEnd && begin < end && isOpeningMark(text.charAt(begin));
            previousOpenAtEnd = scanParagraph(text, begin, end, continuation, quotes);
        }
        return quotes;
    }

    /** @return whether a double quote was still open at the paragraph end */
    private static boolean scanParagraph(
            String text, int begin, int end, boolean continuation, List<QuoteSpan> quotes) {
        int i = begin;
        boolean continues = continuation;
        while (i < end) {
            char c = text.charAt(i);
            if (isDoubleOpener(text, i, begin)) {
                int close = findDoubleClose(text, i, end);
                if (close < 0) {
                    int innerEnd = trimEnd(text, i + 1, end);
                    if (!text.substring(i + 1, innerEnd).isBlank()) {
                        quotes.add(new QuoteSpan(i, i + 1, innerEnd, end, continues));
                    }
                    return true;
                }
                boolean reopened = isReopening(text, close);
                int innerEnd = reopened ? trimEnd(text, i + 1, close) : close;
                if (!text.substring(i + 1, innerEnd).isBlank()) {
                    quotes.add(new QuoteSpan(i, i + 1, innerEnd, reopened ? innerEnd : close + 1, continues));
                }
                // a quote reopened without a close continues the same speech (paragraphs run together)
                continues = reopened;
                i = reopened ? close : close + 1;
            } else if ((c == '‘' || c == '\'' || c == '‹') && isSingleOpener(text, i, begin, end)) {
                int close = findSingleClose(text, i, end);
                if (close > i + 1) {
                    quotes.add(new QuoteSpan(i, i + 1, close, close + 1, false));
                    continues = false;
                    i = close + 1;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * A mark inside an open quote that stands after a space and before a word opens a new quote: where
     * paragraphs were run together, the closing mark of the previous one is missing ("… me. "If they …").
     */
    private static boolean isReopening(String text, int mark) {
        char c = text.charAt(mark);
        return (c == '"' || c == '“')
                && mark > 0
                && isSpace(text.charAt(mark - 1))
                && mark + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(mark + 1));
    }

    private static boolean isOpeningMark(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„' || c == '‘' || c == '\'';
    }

    private static boolean isDoubleOpener(String text, int i, int paragraphBegin) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„') {
            return true;
        }
        return c == '"' && opensAt(text, i, paragraphBegin) && i + 1 < text.length() && !isSpace(text.charAt(i + 1));
    }

    /** A position where an opening mark may stand: paragraph start, after a space, bracket, dash or slash. */
    private static boolean opensAt(String text, int i, int paragraphBegin) {
        if (i == paragraphBegin) {
            return true;
        }
        char before = text.charAt(i - 1);
        return isSpace(before) || "([{—–-/:".indexOf(before) >= 0;
    }

    private static int findDoubleClose(String text, int open, int end) {
        char opener = text.charAt(open);
        for (int j = open + 1; j < end; j++) {
            char c = text.charAt(j);
            boolean closes = switch (opener) {
                case '«' -> c == '»';
                case '„' -> c == '“' || c == '”';
                default -> c == '”' || c == '"' || c == '“' && isReopening(text, j);
            };
            if (closes) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isSingleOpener(String text, int i, int paragraphBegin, int end) {
        return opensAt(text, i, paragraphBegin) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int findSingleClose(String text, int open, int end) {
        char opener = text.charAt(open);
        for (int j = open + 2; j < end; j++) {
            char c = text.charAt(j);
            boolean mark = opener == '‹' ? c == '›' : c == '’' || c == '\'';
            if (mark
                    && !isSpace(text.charAt(j - 1))
                    && (j + 1 == end || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return j;
            }
            if (isDoubleMark(c)) {
                // a single quote does not enclose double marks in news prose: give up on this one
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDoubleMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whitespace including no-break spaces, which scraped news text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
