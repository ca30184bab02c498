package org.lectern.annotator.quotes;

import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;
import org.lectern.api.text.Span;

/**
 * A quote, its speaker (null if none found), the mention reported for a named speaker, whether the quote's
 * sentence has any attribution cue, and the attribution's source and cue as written (null when the speaker came
 * from no cue: none found, or carried over from an earlier quote).
 */
record Attribution(QuoteSpan quote, Speaker speaker, Mention speakerMention, boolean cued, Span source, Span cue) {}
