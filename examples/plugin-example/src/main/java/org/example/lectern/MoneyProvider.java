package org.example.lectern;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** Registers {@link MoneyAnnotator} with Lectern as {@code money}. */
public class MoneyProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "money";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return MoneyAnnotator.class;
    }
}
