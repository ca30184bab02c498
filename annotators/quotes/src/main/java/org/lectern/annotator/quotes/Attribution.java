package org.lectern.annotator.quotes;

import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;

/**
 * A quote, its speaker (null if none found), the mention reported for a named speaker, and whether the quote's
 * sentence has any attribution cue.
 */
record Attribution(QuoteSpan quote, Speaker speaker, Mention speakerMention, boolean cued) {}
