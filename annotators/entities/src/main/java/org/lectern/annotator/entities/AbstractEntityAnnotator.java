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
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.api.text.LanguageRegions;
import org.lectern.api.text.Span;
import org.lectern.api.text.TextBlocks;
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

    /**
     * Statistical candidates over {@code sentences} (CoreNLP's PTB tokens, see {@link CrfTokenization}); positions
     * index the sentences' tokens concatenated.
     */
    protected abstract List<Mention> modelMentions(List<List<CoreLabel>> sentences);

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (Span unit : englishSentences(jcas)) {
            List<CoreLabel> tokens = CrfTokenization.tokenize(unit.coveredText(jcas.getDocumentText()), unit.begin());
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
        }
        if (sentences.isEmpty()) {
            return;
        }
        DocumentTokens doc = new DocumentTokens(sentences);
        for (Mention mention : new MentionResolver(gazetteer, doc, coreference).resolve(modelMentions(sentences))) {
            NamedEntity entity = new NamedEntity(jcas, doc.beginOffset(mention), doc.endOffset(mention));
            entity.setValue(mention.type().name());
            entity.setIdentifier(mention.canonical());
            entity.addToIndexes();
        }
    }

    /** The segmenter's sentences, else the non-blank lines, whose start is in English. */
    private static List<Span> englishSentences(JCas jcas) {
        List<Span> units = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            units.add(new Span(sentence.getBegin(), sentence.getEnd()));
        }
        if (units.isEmpty()) {
            units = TextBlocks.nonBlankLines(jcas.getDocumentText());
        }
        LanguageRegions languages = LanguageRegions.of(jcas);
        return units.stream()
                .filter(unit -> languages.isEnglishAt(unit.begin()))
                .toList();
    }
}
