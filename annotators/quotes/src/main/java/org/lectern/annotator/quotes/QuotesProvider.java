package org.lectern.annotator.quotes;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.lectern.api.AnnotatorProvider;

/** {@code quotes}: direct quotes with speakers ({@link QuoteAnnotator}). */
public class QuotesProvider implements AnnotatorProvider {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return QuoteAnnotator.class;
    }
}
