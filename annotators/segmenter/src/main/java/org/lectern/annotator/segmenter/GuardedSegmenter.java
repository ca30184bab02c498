package org.lectern.annotator.segmenter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.opennlp.OpenNlpSegmenter;

/**
 * DKPro's {@link OpenNlpSegmenter} that never hands a run of more than {@link #PARAM_MAX_TOKEN_LENGTH}
 * non-space characters to OpenNLP. Such a run (a pasted data blob, a line of base64, a million-letter "word") is
 * not a word: OpenNLP's tokenizer and sentence detector take time quadratic in its length (each position's
 * features copy the token's prefix and suffix), so one such run held a worker for over ten minutes. The run is
 * left without sentence or token, so no later statistical model sees it; the text on either side is segmented
 * as usual, and the document text and paragraphs are unchanged.
 */
public class GuardedSegmenter extends OpenNlpSegmenter {

    public static final String PARAM_MAX_TOKEN_LENGTH = "maxTokenLength";

    @ConfigurationParameter(
            name = PARAM_MAX_TOKEN_LENGTH,
            defaultValue = "100",
            description = "Runs of more non-space characters than this are not segmented (no sentence, no token).")
    private int maxTokenLength;

    private Pattern overlongRun;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (maxTokenLength < 1) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    PARAM_MAX_TOKEN_LENGTH + " must be at least 1, got " + maxTokenLength));
        }
        overlongRun = Pattern.compile("\\S{" + (maxTokenLength + 1) + ",}");
    }

    /** Segments the zone's text piece by piece around its overlong runs. */
    @Override
    protected void process(JCas jcas, String text, int zoneBegin) throws AnalysisEngineProcessException {
        Matcher run = overlongRun.matcher(text);
        int pieceBegin = 0;
        while (run.find()) {
            segmentPiece(jcas, text, zoneBegin, pieceBegin, run.start());
            pieceBegin = run.end();
        }
        if (pieceBegin == 0) {
            super.process(jcas, text, zoneBegin);
        } else {
            segmentPiece(jcas, text, zoneBegin, pieceBegin, text.length());
        }
    }

    private void segmentPiece(JCas jcas, String text, int zoneBegin, int begin, int end)
            throws AnalysisEngineProcessException {
        if (text.substring(begin, end).isBlank()) {
            return;
        }
        super.process(jcas, text.substring(begin, end), zoneBegin + begin);
    }
}
