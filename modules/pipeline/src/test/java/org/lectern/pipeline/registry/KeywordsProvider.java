package org.lectern.pipeline.registry;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@link KeywordAnnotator} as {@code keywords} (test fixture). */
public class KeywordsProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return KeywordAnnotator.class;
    }
}
