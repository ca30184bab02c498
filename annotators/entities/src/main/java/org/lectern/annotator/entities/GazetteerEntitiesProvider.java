package org.lectern.annotator.entities;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** {@code entities-gazetteer}: {@link GazetteerEntityAnnotator}, listed names only, no statistical model. */
public class GazetteerEntitiesProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "entities-gazetteer";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return GazetteerEntityAnnotator.class;
    }
}
