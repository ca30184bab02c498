package org.lectern.annotator.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Named entities from Stanford CoreNLP's CRF (3 classes: PERSON, ORGANIZATION, LOCATION) run on pre-split
 * sentences, improved for news by the gazetteers, span rules and in-document name coreference of
 * {@link MentionResolver}.
 */
@ResourceMetaData(
        name = "entities",
        description = "Named entities (PERSON, ORGANIZATION, LOCATION) with canonical "
                + "names: Stanford CoreNLP's CRF plus news gazetteers, demonym filtering and in-document name coreference; "
                + "English sentences only")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence", "org.lectern.type.LanguageSpan"},
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"})
public class CrfEntityAnnotator extends AbstractEntityAnnotator {

    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public static final String PARAM_MODEL_LOCATION = "modelLocation";

    @ConfigurationParameter(
            name = PARAM_MODEL_LOCATION,
            defaultValue = DEFAULT_MODEL,
            description = "CoreNLP CRF classifier (class path resource or file) with PERSON, ORGANIZATION and "
                    + "LOCATION labels")
    private String modelLocation;

    private CRFClassifier<CoreLabel> classifier;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        // the CRF takes seconds to read: it loads on a thread of its own while the superclass loads the gazetteer
        CrfModels.startLoading((String) context.getConfigParameterValue(PARAM_MODEL_LOCATION));
        super.initialize(context);
        classifier = CrfModels.get(modelLocation);
    }

    @Override
    protected List<Mention> modelMentions(List<List<CoreLabel>> sentences) {
        List<Mention> mentions = new ArrayList<>();
        int offset = 0;
        for (List<CoreLabel> sentence : sentences) {
            if (!CrfModels.mayHoldName(classifier, sentence)) {
                offset += sentence.size();
                continue;
            }
            for (CrfModels.LabelledSpan span : CrfModels.labelledSpans(classifier, sentence)) {
                EntityType type = EntityType.ofValue(span.label());
                if (type != null) {
                    mentions.add(
                            new Mention(offset + span.start(), offset + span.end(), type, null, Mention.Source.MODEL));
                }
            }
            offset += sentence.size();
        }
        return mentions;
    }
}
