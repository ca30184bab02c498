package org.lectern.pipeline.run;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

public class HostileProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "test-hostile";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return HostileAnnotator.class;
    }
}
