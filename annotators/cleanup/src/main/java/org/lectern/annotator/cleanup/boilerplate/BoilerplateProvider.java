package org.lectern.annotator.cleanup.boilerplate;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@code boilerplate}. */
public class BoilerplateProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return BoilerplateAnnotator.class;
    }
}
