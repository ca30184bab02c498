package org.lectern.annotator.cleanup.cleaned;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@code cleaned-view}. */
public class CleanedViewProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "cleaned-view";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return CleanedViewAnnotator.class;
    }
}
