package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.annotator.language.NgramLanguageDetector.Detection;
import org.lectern.api.text.LanguageRegions;
import org.lectern.api.text.Span;
import org.lectern.api.text.TextBlocks;
import org.lectern.type.LanguageSpan;

/**
 * Marks the language of every paragraph (or sentence) and the document's dominant language.
 *
 * <p>The text is cut into units: DKPro {@link Paragraph}s (else non-blank lines, {@link TextBlocks}) or
 * {@link Sentence}s (else {@link BreakIterator} sentences of those lines), each trimmed of whitespace. Each unit is identified on its own by the
 * {@link NgramLanguageDetector} (Lingua's high-accuracy algorithm over compact models). A unit is
 * <em>undecided</em> when it is shorter than
 * {@link #PARAM_MIN_SPAN_LENGTH} characters, has no letters, or its confidence (relative distance to the
 * runner-up language) is below {@link #PARAM_MIN_CONFIDENCE}. An undecided unit inherits the language of the
 * nearest decided unit before it, or, at the start of the document, after it. Neighbouring units of one
 * language merge into one {@link LanguageSpan} from the first unit's begin to the last unit's end; its
 * confidence is the character-weighted mean over its decided units. A document without any decided unit gets
 * no span and the language {@value #UNSPECIFIED}. The document language (CAS and {@link DocumentMetaData}) is
 * the language covering the most characters.
 */
@ResourceMetaData(
        description = "Identifies the language of each paragraph (or sentence) with Lingua and sets "
                + "the document language to the dominant one")
@TypeCapability(
        inputs = {
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
        },
        outputs = {"org.lectern.type.LanguageSpan", "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"})
public class LanguageAnnotator extends JCasAnnotator_ImplBase {

    /** The document language when no language can be decided. */
    public static final String UNSPECIFIED = LanguageRegions.UNSPECIFIED;

    public enum Granularity {
        PARAGRAPH,
        SENTENCE
    }

    public static final String PARAM_LANGUAGES = "languages";

    @ConfigurationParameter(
            name = PARAM_LANGUAGES,
            mandatory = false,
            description = "Candidate languages as ISO 639-1 codes (at least two); empty means all 75 supported")
    private String[] languages;

    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(
            name = PARAM_MIN_CONFIDENCE,
            defaultValue = "0.0",
            description = "Minimum relative distance (0..1) between the best and the second-best language for "
                    + "a unit to be decided on its own; undecided units inherit a neighbour's language")
    private double minConfidence;

    public static final String PARAM_GRANULARITY = "granularity";

    @ConfigurationParameter(
            name = PARAM_GRANULARITY,
            defaultValue = "PARAGRAPH",
            description = "PARAGRAPH or SENTENCE: the units whose language is identified")
    private Granularity granularity;

    public static final String PARAM_MIN_SPAN_LENGTH = "minSpanLength";

    @ConfigurationParameter(
            name = PARAM_MIN_SPAN_LENGTH,
            defaultValue = "20",
            description = "Units shorter than this many characters are not identified on their own but inherit "
                    + "the language of the preceding decided unit (at the document start: the following one)")
    private int minSpanLength;

    private NgramLanguageDetector detector;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (minConfidence < 0.0 || minConfidence > 1.0) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    "parameter " + PARAM_MIN_CONFIDENCE + " must lie in 0..1, got " + minConfidence));
        }
        detector = new NgramLanguageDetector(candidateLanguages(languages));
    }

    static Set<Language> candidateLanguages(String[] isoCodes) throws ResourceInitializationException {
        if (isoCodes == null || isoCodes.length == 0) {
            return EnumSet.copyOf(Language.all());
        }
        Set<Language> candidates = EnumSet.noneOf(Language.class);
        for (String isoCode : isoCodes) {
            try {
                candidates.add(Language.getByIsoCode639_1(
                        IsoCode639_1.valueOf(isoCode.strip().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                throw new ResourceInitializationException(new IllegalArgumentException(
                        "parameter " + PARAM_LANGUAGES + ": '" + isoCode
                                + "' is no ISO 639-1 code of a supported language",
                        e));
            }
        }
        if (candidates.size() < 2) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    "parameter " + PARAM_LANGUAGES + " needs at least two languages, got " + candidates));
        }
        return candidates;
    }

    /** A trimmed stretch of text with its language; {@code decided} when identified on its own. */
    private static final class Unit {
        final int begin;
        final int end;
        String language;
        double confidence;
        boolean decided;

        Unit(int begin, int end) {
            this.begin = begin;
            this.end = end;
        }
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        List<Unit> units = units(jcas, text);
        for (Unit unit : units) {
            if (unit.end - unit.begin >= minSpanLength) {
                Detection detection = detector.detect(text.substring(unit.begin, unit.end));
                if (detection.isKnown() && detection.confidence() > 0.0 && detection.confidence() >= minConfidence) {
                    unit.language = detection.language().getIsoCode639_1().toString();
                    unit.confidence = detection.confidence();
                    unit.decided = true;
                }
            }
        }
        inheritLanguages(units);
        String documentLanguage = addSpans(jcas, units);
        jcas.setDocumentLanguage(documentLanguage);
        DocumentMetaData metaData = JCasUtil.exists(jcas, DocumentMetaData.class)
                ? DocumentMetaData.get(jcas)
                : DocumentMetaData.create(jcas);
        metaData.setLanguage(documentLanguage);
    }

    private List<Unit> units(JCas jcas, String text) {
        List<Span> bounds = granularity == Granularity.PARAGRAPH ? TextBlocks.paragraphsOrLines(jcas) : sentences(jcas);
        List<Unit> units = new ArrayList<>();
        for (Span bound : bounds) {
            int begin = bound.begin();
            int end = bound.end();
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (begin < end) {
                units.add(new Unit(begin, end));
            }
        }
        return units;
    }

    /**
     * The segmenter's {@link Sentence}s; in a pipeline without it, {@link BreakIterator} sentences of each
     * non-blank line (a sentence never crosses a paragraph there either).
     */
    private static List<Span> sentences(JCas jcas) {
        List<Span> sentences = new ArrayList<>();
        JCasUtil.select(jcas, Sentence.class).forEach(s -> sentences.add(new Span(s.getBegin(), s.getEnd())));
        if (!sentences.isEmpty()) {
            return sentences;
        }
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (Span line : TextBlocks.nonBlankLines(text)) {
            iterator.setText(line.coveredText(text));
            for (int begin = iterator.first(), end = iterator.next();
                    end != BreakIterator.DONE;
                    begin = end, end = iterator.next()) {
                sentences.add(new Span(line.begin() + begin, line.begin() + end));
            }
        }
        return sentences;
    }

    /** Undecided units take the preceding decided language, leading ones the first decided language. */
    private static void inheritLanguages(List<Unit> units) {
        String previous = units.stream()
                .filter(u -> u.decided)
                .map(u -> u.language)
                .findFirst()
                .orElse(null);
        for (Unit unit : units) {
            if (unit.decided) {
                previous = unit.language;
            } else {
                unit.language = previous;
            }
        }
    }

    /** Adds one span per run of units in one language; returns the language covering most characters. */
    private static String addSpans(JCas jcas, List<Unit> units) {
        Map<String, Integer> charactersPerLanguage = new LinkedHashMap<>();
        int runStart = 0;
        for (int i = 1; i <= units.size(); i++) {
            Unit first = units.get(runStart);
            if (i < units.size()
                    && units.get(i).language != null
                    && units.get(i).language.equals(first.language)) {
                continue;
            }
            if (first.language != null) {
                List<Unit> run = units.subList(runStart, i);
                LanguageSpan span = new LanguageSpan(jcas, first.begin, run.get(run.size() - 1).end);
                span.setLanguage(first.language);
                span.setConfidence(weightedConfidence(run));
                span.addToIndexes();
                charactersPerLanguage.merge(first.language, span.getEnd() - span.getBegin(), Integer::sum);
            }
            runStart = i;
        }
        return charactersPerLanguage.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UNSPECIFIED);
    }

    private static double weightedConfidence(List<Unit> run) {
        double weighted = 0;
        int characters = 0;
        for (Unit unit : run) {
            if (unit.decided) {
                weighted += unit.confidence * (unit.end - unit.begin);
                characters += unit.end - unit.begin;
            }
        }
        return characters == 0 ? 0.0 : weighted / characters;
    }
}
