package org.lectern.annotator.language;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registry entry {@code language}: paragraph/sentence language spans and the document language. */
public class LanguageProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return LanguageAnnotator.class;
    }
}
