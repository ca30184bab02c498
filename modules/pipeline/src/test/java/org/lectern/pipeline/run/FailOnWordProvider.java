package org.lectern.pipeline.run;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

public class FailOnWordProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "test-fail-on-word";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return FailOnWordAnnotator.class;
    }
}
