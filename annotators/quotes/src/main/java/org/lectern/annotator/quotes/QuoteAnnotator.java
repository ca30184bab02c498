package org.lectern.annotator.quotes;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectAt;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;
import org.lectern.api.text.Span;
import org.lectern.api.text.TextBlocks;
import org.lectern.type.Quotation;

/**
 * Marks direct quotes ({@link Quotation} over the text between the marks) and attributes them to speakers;
 * see {@link QuoteFinder} for the marks and {@link SpeakerResolver} for attribution.
 *
 * <p><b>Scare quotes and titles</b> are left out by two rules. A quote of at most {@code maxUncuedWords} words
 * (default 2), and a single-quoted stretch of any length (news uses single quotes for headlines and scare quotes),
 * is kept only when its sentence holds an attribution cue (reporting or framing verb, "according to", a colon
 * introduction) and a speaker was found. A title-cased quote of at most six words is kept only with a cue. So
 * "Lapid called it a prime “consideration”" stays, "the so-called “peace plan”" and “The Crown” go.
 *
 * <p>Speakers come from the DKPro {@link NamedEntity} layer when present; without it, capitalised names stand
 * in ({@link NameMentions}) and {@code speaker} stays null.
 */
@ResourceMetaData(
        name = "Quotations",
        description = "Direct quotes (typographic, straight, mixed, «», „“, "
                + "single quotes for speech, quotes continued over paragraphs, partial quotes) with speaker attribution "
                + "(reporting verbs in both orders, colon introductions, pronouns, titles, statements and readouts, "
                + "continuations); leaves out short scare quotes and titles that have no attribution cue.")
@TypeCapability(
        inputs = {
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
            "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
        },
        outputs = {
            "org.lectern.type.Quotation",
            "org.lectern.type.Quotation:speaker",
            "org.lectern.type.Quotation:speakerName",
            "org.lectern.type.Quotation:speakerMention",
            "org.lectern.type.Quotation:source",
            "org.lectern.type.Quotation:cue"
        })
public class QuoteAnnotator extends JCasAnnotator_ImplBase {

    private static final int MAX_TITLE_WORDS = 6;

    public static final String PARAM_MAX_UNCUED_WORDS = "maxUncuedWords";

    @ConfigurationParameter(
            name = PARAM_MAX_UNCUED_WORDS,
            mandatory = true,
            defaultValue = "2",
            description = "Quotes of at most this many words are left out as scare quotes unless their sentence "
                    + "has an attribution cue and a speaker was found (0 keeps them all).")
    private int maxUncuedWords;

    public static final String PARAM_INHERIT_PARAGRAPHS = "inheritParagraphs";

    @ConfigurationParameter(
            name = PARAM_INHERIT_PARAGRAPHS,
            mandatory = true,
            defaultValue = "2",
            description = "A quote without attribution keeps the previous quote's speaker when that quote is at "
                    + "most this many paragraphs back (continued quotes always keep it).")
    private int inheritParagraphs;

    public static final String PARAM_USE_ENTITIES = "useEntities";

    @ConfigurationParameter(
            name = PARAM_USE_ENTITIES,
            mandatory = true,
            defaultValue = "true",
            description = "Attribute to NamedEntity mentions when the CAS has them; false (or no entities) uses "
                    + "capitalised names instead.")
    private boolean useEntities;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        requireNonNegative(PARAM_MAX_UNCUED_WORDS, maxUncuedWords);
        requireNonNegative(PARAM_INHERIT_PARAGRAPHS, inheritParagraphs);
    }

    private static void requireNonNegative(String parameter, int value) throws ResourceInitializationException {
        if (value < 0) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    "quotes: parameter " + parameter + " must be 0 or more, got " + value));
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Span> paragraphs = TextBlocks.paragraphsOrLines(jcas);
        List<QuoteSpan> quotes = QuoteFinder.find(text, paragraphs);
        if (quotes.isEmpty()) {
            return;
        }
        AttributionTokens tokens = new AttributionTokens(text, paragraphs, quotes);
        List<Mention> mentions = new ArrayList<>();
        if (useEntities) {
            for (NamedEntity entity : select(jcas, NamedEntity.class)) {
                mentions.add(Mention.of(entity));
            }
        }
        if (mentions.isEmpty()) {
            mentions = NameMentions.find(text, tokens);
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        for (Attribution attribution :
                new SpeakerResolver(text, tokens, mentions).attribute(quotes, inheritParagraphs)) {
            boolean attributed = attribution.cued() && attribution.speaker() != null;
            if (!attributed && (isSingleQuoted(text, attribution.quote()) || isShort(text, attribution.quote()))
                    || !attribution.cued() && isTitle(text, attribution.quote())) {
                continue;
            }
            addQuotation(jcas, attribution);
        }
    }

    /** Single quotes mark speech only with an attribution; elsewhere they are scare or headline quotes. */
    private static boolean isSingleQuoted(String text, QuoteSpan quote) {
        char mark = text.charAt(quote.openMark());
        return mark == '‘' || mark == '\'' || mark == '‹';
    }

    private boolean isShort(String text, QuoteSpan quote) {
        return words(text, quote).length <= maxUncuedWords;
    }

    /** Up to six words, all capitalised but short function words, none ending in punctuation: a title. */
    private static boolean isTitle(String text, QuoteSpan quote) {
        String[] words = words(text, quote);
        if (words.length > MAX_TITLE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (word.length() > 3 && !Character.isUpperCase(word.charAt(0)) || word.matches(".*[.!?,;:]$")) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String text, QuoteSpan quote) {
        return text.substring(quote.begin(), quote.end()).trim().split("\\s+");
    }

    private static void addQuotation(JCas jcas, Attribution attribution) {
        Quotation quotation = new Quotation(
                jcas, attribution.quote().begin(), attribution.quote().end());
        Speaker speaker = attribution.speaker();
        if (speaker != null) {
            quotation.setSpeakerName(speaker.name());
            if (attribution.speakerMention() != null) {
                Mention mention = attribution.speakerMention();
                NamedEntity entity = mention.entity();
                quotation.setSpeaker(entity);
                quotation.setSpeakerMention(
                        entity != null ? entity : new Annotation(jcas, mention.begin(), mention.end()));
            } else {
                quotation.setSpeakerMention(new Annotation(jcas, speaker.phraseBegin(), speaker.phraseEnd()));
            }
        }
        if (attribution.source() != null && attribution.cue() != null) {
            quotation.setSource(sourceAnnotation(jcas, attribution.source()));
            quotation.setCue(new Annotation(
                    jcas, attribution.cue().begin(), attribution.cue().end()));
        }
        quotation.addToIndexes();
    }

    /** The entity mention spanning exactly the source when there is one (so tools can follow it), else the words. */
    private static Annotation sourceAnnotation(JCas jcas, Span source) {
        for (NamedEntity entity : selectAt(jcas, NamedEntity.class, source.begin(), source.end())) {
            return entity;
        }
        return new Annotation(jcas, source.begin(), source.end());
    }
}
