package org.lectern.annotator.entities;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.type.LanguageSpan;

/**
 * Shared frame of the entity annotators: picks the English sentences, tokenizes them as CoreNLP does, asks the
 * subclass for statistical candidates, resolves them with {@link MentionResolver} and writes DKPro
 * {@link NamedEntity} annotations (value PERSON | ORGANIZATION | LOCATION, identifier = canonical name).
 *
 * <p>A sentence is English when the {@link LanguageSpan} containing its start says {@code en}, or, where no
 * span covers it, when the document language is English. Without {@link Sentence} annotations every non-blank
 * line is one sentence.
 */
public abstract class AbstractEntityAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_COREFERENCE = "coreference";

    @ConfigurationParameter(
            name = PARAM_COREFERENCE,
            defaultValue = "true",
            description = "Annotate every further occurrence of a name found in the document (surnames of full "
                    + "names included) and give surnames, acronyms and partial names the full name as canonical")
    private boolean coreference;

    private NewsGazetteer gazetteer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        gazetteer = NewsGazetteer.instance();
    }

    /** Statistical candidates over {@code sentences}; positions index the sentences' tokens concatenated. */
    protected abstract List<Mention> modelMentions(List<List<CoreLabel>> sentences);

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (Annotation unit : englishSentences(jcas)) {
            List<CoreLabel> tokens = Tokenization.tokenize(unit.getCoveredText(), unit.getBegin());
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
        }
        if (sentences.isEmpty()) {
            return;
        }
        MentionResolver resolver = new MentionResolver(gazetteer, sentences, coreference);
        for (Mention mention : resolver.resolve(modelMentions(sentences))) {
            NamedEntity entity = new NamedEntity(jcas, resolver.beginOffset(mention), resolver.endOffset(mention));
            entity.setValue(mention.type);
            entity.setIdentifier(mention.canonical);
            entity.addToIndexes();
        }
    }

    private static List<Annotation> englishSentences(JCas jcas) {
        List<Annotation> units = new ArrayList<>(JCasUtil.select(jcas, Sentence.class));
        if (units.isEmpty()) {
            units.addAll(lines(jcas));
        }
        List<LanguageSpan> spans = new ArrayList<>(JCasUtil.select(jcas, LanguageSpan.class));
        boolean documentIsEnglish = isEnglish(jcas.getDocumentLanguage());
        List<Annotation> english = new ArrayList<>();
        for (Annotation unit : units) {
            String language = spans.stream()
                    .filter(span -> span.getBegin() <= unit.getBegin() && unit.getBegin() < span.getEnd())
                    .map(LanguageSpan::getLanguage)
                    .findFirst()
                    .orElse(null);
            if (language == null ? documentIsEnglish : isEnglish(language)) {
                english.add(unit);
            }
        }
        return english;
    }

    private static List<Annotation> lines(JCas jcas) {
        List<Annotation> lines = new ArrayList<>();
        String text = jcas.getDocumentText();
        int start = 0;
        for (int end = text.indexOf('\n'); start <= text.length(); end = text.indexOf('\n', start)) {
            int lineEnd = end < 0 ? text.length() : end;
            if (!text.substring(start, lineEnd).isBlank()) {
                lines.add(new Annotation(jcas, start, lineEnd));
            }
            start = lineEnd + 1;
        }
        return lines;
    }

    private static boolean isEnglish(String language) {
        return language != null && (language.equals("en") || language.startsWith("en-"));
    }
}
