package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;

/**
 * The fast alternative to {@link CrfEntityAnnotator}: news gazetteers and in-document name coreference only, no
 * statistical model, so it finds only listed names (countries, capitals, organisations, outlets, leaders) and
 * their further mentions.
 */
@ResourceMetaData(
        name = "entities-gazetteer",
        description = "Named entities from news gazetteers only (countries, "
                + "capitals, international organisations, news outlets, world leaders) with canonical names; fast, no "
                + "statistical model; English sentences only")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence", "org.lectern.type.LanguageSpan"},
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"})
public class GazetteerEntityAnnotator extends AbstractEntityAnnotator {

    @Override
    protected List<Mention> modelMentions(List<List<CoreLabel>> sentences) {
        return List.of();
    }
}
