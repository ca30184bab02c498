package org.lectern.annotator.nlp4j;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.api.text.LanguageRegions;
import org.lectern.api.text.Span;

/**
 * Named entities from NLP4J's English OntoNotes model, run on the segmenter's sentences and tokens: the
 * Apache-2.0 alternative to {@code entities} (which links GPL CoreNLP). Spans follow Lectern's guidelines
 * ({@link SpanTrimming}); each entity's identifier is its text with whitespace runs made single spaces: there is no
 * in-document coreference.
 */
@ResourceMetaData(
        name = "entities-nlp4j",
        description = "Named entities (PERSON, ORGANIZATION, LOCATION) from NLP4J's English OntoNotes model "
                + "(Apache-2.0; determiners, honorifics and possessives left out of spans; identifier = the entity's text, "
                + "no coreference); needs the segmenter's sentences "
                + "and tokens; English sentences only")
@TypeCapability(
        inputs = {
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
            "org.lectern.type.LanguageSpan"
        },
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"})
public class Nlp4jEntityAnnotator extends JCasAnnotator_ImplBase {

    public static final String DEFAULT_CONFIGURATION = "org/lectern/annotator/nlp4j/config-decode-ner.xml";

    public static final String PARAM_CONFIGURATION = "configuration";

    @ConfigurationParameter(
            name = PARAM_CONFIGURATION,
            defaultValue = DEFAULT_CONFIGURATION,
            description = "NLP4J decoding configuration (class path resource or file) naming the lexica and the "
                    + "pos and ner models")
    private String configuration;

    public static final String PARAM_TYPES = "types";

    @ConfigurationParameter(
            name = PARAM_TYPES,
            defaultValue = {"PERSON=PERSON", "ORG=ORGANIZATION", "GPE=LOCATION", "LOC=LOCATION", "FAC=LOCATION"},
            description = "NLP4J (OntoNotes) labels to annotate, as LABEL=TYPE with TYPE PERSON, ORGANIZATION or "
                    + "LOCATION; other labels (NORP, DATE, MONEY, ...) are not annotated")
    private String[] types;

    private OntoNotesTypes typeMapping;
    private Nlp4jTagger tagger;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            typeMapping = OntoNotesTypes.parse(types, PARAM_TYPES);
            tagger = Nlp4jTagger.shared(configuration);
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) {
        LanguageRegions languages = LanguageRegions.of(jcas);
        Map<Sentence, List<Token>> tokensBySentence = JCasUtil.indexCovered(jcas, Sentence.class, Token.class);
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            Collection<Token> covered = tokensBySentence.get(sentence);
            if (covered != null && !covered.isEmpty() && languages.isEnglishAt(sentence.getBegin())) {
                annotate(jcas, List.copyOf(covered));
            }
        }
    }

    private void annotate(JCas jcas, List<Token> tokens) {
        List<String> words = tokens.stream().map(Token::getCoveredText).toList();
        for (Nlp4jTagger.LabelledSpan span : tagger.entities(words)) {
            String type = typeMapping.typeOf(span.label());
            Span name = type == null
                    ? null
                    : SpanTrimming.trim(
                            jcas.getDocumentText(),
                            tokens.get(span.start()).getBegin(),
                            tokens.get(span.end() - 1).getEnd());
            if (name != null) {
                NamedEntity entity = new NamedEntity(jcas, name.begin(), name.end());
                entity.setValue(type);
                entity.setIdentifier(entity.getCoveredText().replaceAll("\\s+", " "));
                entity.addToIndexes();
            }
        }
    }
}
