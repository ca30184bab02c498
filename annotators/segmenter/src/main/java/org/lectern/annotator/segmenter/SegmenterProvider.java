package org.lectern.annotator.segmenter;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.opennlp.OpenNlpSegmenter;
import org.dkpro.core.tokit.ParagraphSplitter;
import org.lectern.api.AnnotatorProvider;

/**
 * {@code segmenter}: DKPro's {@link ParagraphSplitter} (one paragraph per non-empty line, as scraped news
 * puts paragraphs on single lines) followed by DKPro's {@link OpenNlpSegmenter} with OpenNLP's UD English
 * sentence and token models, zoned so that no sentence crosses a paragraph boundary ({@link GuardedSegmenter}
 * keeps runs of over 100 non-space characters away from OpenNLP). The parameters are
 * {@link OpenNlpSegmenter}'s; the model locations default to the models on the class path because DKPro's
 * own model download is not available offline.
 */
public class SegmenterProvider implements AnnotatorProvider {

    static final String SENTENCE_MODEL = "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    @Override
    public String name() {
        return "segmenter";
    }

    @Override
    public Class<? extends AnalysisComponent> engineClass() {
        return GuardedSegmenter.class;
    }

    @Override
    public AnalysisEngineDescription createDescription(Object... configurationData)
            throws ResourceInitializationException {
        List<Object> segmenterParameters = new ArrayList<>(List.of(
                OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION,
                SENTENCE_MODEL,
                OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION,
                TOKEN_MODEL,
                OpenNlpSegmenter.PARAM_ZONE_TYPES,
                new String[] {Paragraph.class.getName()},
                OpenNlpSegmenter.PARAM_STRICT_ZONING,
                true));
        // later pairs override the defaults above: uimaFIT keeps the last value given for a name
        segmenterParameters.addAll(Arrays.asList(configurationData));
        return createEngineDescription(
                createEngineDescription(
                        ParagraphSplitter.class,
                        ParagraphSplitter.PARAM_SPLIT_PATTERN,
                        ParagraphSplitter.SINGLE_LINE_BREAKS_PATTERN),
                createEngineDescription(GuardedSegmenter.class, segmenterParameters.toArray()));
    }
}
