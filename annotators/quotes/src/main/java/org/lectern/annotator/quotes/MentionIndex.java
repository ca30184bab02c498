package org.lectern.annotator.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The name mentions outside quotes, and for each word token the mention it belongs to: what attribution may
 * name as a speaker (a name said inside a quote never is).
 */
final class MentionIndex {

    private final Mention[] mentionOfToken;
    private final List<Mention> outsideQuotes = new ArrayList<>();

    /** @param mentions sorted by begin */
    MentionIndex(AttributionTokens tokens, List<Mention> mentions) {
        this.mentionOfToken = new Mention[tokens.size()];
        for (Mention mention : mentions) {
            int t = tokens.tokenAtOrAfter(mention.begin());
            if (t < tokens.size() && tokens.get(t).isQuote() && tokens.get(t).begin() <= mention.begin()) {
                continue;
            }
            outsideQuotes.add(mention);
            for (; t < tokens.size() && tokens.get(t).begin() < mention.end(); t++) {
                if (tokens.get(t).isWord() && mentionOfToken[t] == null) {
                    mentionOfToken[t] = mention;
                }
            }
        }
    }

    /** The mention token {@code token} belongs to, or null. */
    Mention at(int token) {
        return mentionOfToken[token];
    }

    boolean isNamed(int token) {
        return mentionOfToken[token] != null;
    }

    /** The mentions outside quotes, in text order. */
    List<Mention> outsideQuotes() {
        return outsideQuotes;
    }

    /** The first person or organisation mentioned in tokens {@code begin} to {@code end} (exclusive), or null. */
    Mention firstPersonOrOrganisation(int begin, int end) {
        for (int t = begin; t < end; t++) {
            Mention mention = mentionOfToken[t];
            if (mention != null && (mention.isPerson() || mention.isOrganization())) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The last person in the range, else its last name of unknown type (capitalised-name fallback), else the
     * last organisation, else its last name of any kind ("Pentagon spokesperson John Kirby" → John Kirby).
     */
    Mention speakerIn(int begin, int end) {
        Mention person = null;
        Mention unknown = null;
        Mention organisation = null;
        Mention any = null;
        for (int t = begin; t < end; t++) {
            Mention mention = mentionOfToken[t];
            if (mention != null) {
                any = mention;
                if (mention.type() == null) {
                    unknown = mention;
                } else if (Mention.PERSON.equals(mention.type())) {
                    person = mention;
                } else if (Mention.ORGANIZATION.equals(mention.type())) {
                    organisation = mention;
                }
            }
        }
        return person != null ? person : unknown != null ? unknown : organisation != null ? organisation : any;
    }

    /** The nearest organisation mentioned before {@code position}, or null. */
    Mention organisationBefore(int position) {
        Mention nearest = null;
        for (Mention mention : outsideQuotes) {
            if (mention.begin() >= position) {
                break;
            }
            if (Mention.ORGANIZATION.equals(mention.type())) {
                nearest = mention;
            }
        }
        return nearest;
    }
}
