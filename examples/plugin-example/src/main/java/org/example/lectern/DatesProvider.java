package org.example.lectern;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@link DateAnnotator} with Lectern as {@code dates}. */
public class DatesProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return DateAnnotator.class;
    }
}
