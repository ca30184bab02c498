package org.lectern.pipeline.registry;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.type.Boilerplate;

/** Test annotator with parameters of every kind: marks tokens equal to (or starting with) keywords. */
@ResourceMetaData(description = "Marks keyword tokens (test fixture)")
@TypeCapability(
        inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        outputs = "org.lectern.type.Boilerplate")
public class KeywordAnnotator extends JCasAnnotator_ImplBase {

    public enum Match {
        TOKEN,
        PREFIX
    }

    public static final String PARAM_KEYWORDS = "keywords";

    @ConfigurationParameter(name = PARAM_KEYWORDS, description = "Words to mark")
    private String[] keywords;

    public static final String PARAM_KIND = "kind";

    @ConfigurationParameter(name = PARAM_KIND, defaultValue = "keyword", description = "Boilerplate kind to set")
    private String kind;

    public static final String PARAM_CONFIDENCE = "confidence";

    @ConfigurationParameter(name = PARAM_CONFIDENCE, defaultValue = "1.0")
    private double confidence;

    public static final String PARAM_CASE_SENSITIVE = "caseSensitive";

    @ConfigurationParameter(name = PARAM_CASE_SENSITIVE, defaultValue = "false")
    private boolean caseSensitive;

    public static final String PARAM_MAX_HITS = "maxHits";

    @ConfigurationParameter(name = PARAM_MAX_HITS, defaultValue = "1000")
    private int maxHits;

    public static final String PARAM_MATCH = "match";

    @ConfigurationParameter(name = PARAM_MATCH, defaultValue = "TOKEN")
    private Match match;

    private Set<String> normalisedKeywords;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        normalisedKeywords = Arrays.stream(keywords).map(this::normalise).collect(Collectors.toSet());
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        int hits = 0;
        for (Token token : JCasUtil.select(jcas, Token.class)) {
            String word = normalise(token.getCoveredText());
            boolean matches = match == Match.TOKEN
                    ? normalisedKeywords.contains(word)
                    : normalisedKeywords.stream().anyMatch(word::startsWith);
            if (matches && hits++ < maxHits) {
                Boilerplate mark = new Boilerplate(jcas, token.getBegin(), token.getEnd());
                mark.setKind(kind);
                mark.setConfidence(confidence);
                mark.addToIndexes();
            }
        }
    }

    private String normalise(String word) {
        return caseSensitive ? word : word.toLowerCase(Locale.ROOT);
    }
}
