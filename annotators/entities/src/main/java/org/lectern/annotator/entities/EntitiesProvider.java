package org.lectern.annotator.entities;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** {@code entities}: {@link CrfEntityAnnotator}, CoreNLP's CRF with news gazetteers and name coreference. */
public class EntitiesProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return CrfEntityAnnotator.class;
    }
}
