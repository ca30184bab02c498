package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The masked language model's answers within one document: a query asked before (a recheck asks what the follow-up
 * of the same word asked when its sentence has not changed since; a word is asked again after a correction elsewhere
 * left its sentence as it was; a region is judged again) is answered from memory. About a tenth of the rechecks and a
 * twentieth of the follow-ups repeat an earlier query of their document.
 */
final class AnsweredQueries {

    private final MaskedLanguageModel model;
    private final Map<String, float[][]> answers = new HashMap<>();

    AnsweredQueries(MaskedLanguageModel model) {
        this.model = model;
    }

    MaskedLanguageModel model() {
        return model;
    }

    /** As {@link MaskedLanguageModel#logProbabilities}; the arrays of a repeated query are shared. */
    float[][][] logProbabilities(List<MaskedLanguageModel.Query> queries) {
        List<String> keys = queries.stream().map(AnsweredQueries::key).toList();
        Map<String, MaskedLanguageModel.Query> unanswered = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            if (!answers.containsKey(keys.get(q))) {
                unanswered.putIfAbsent(keys.get(q), queries.get(q));
            }
        }
        if (!unanswered.isEmpty()) {
            float[][][] fresh = model.logProbabilities(new ArrayList<>(unanswered.values()));
            int q = 0;
            for (String key : unanswered.keySet()) {
                answers.put(key, fresh[q++]);
            }
        }
        return keys.stream().map(answers::get).toArray(float[][][]::new);
    }

    private static String key(MaskedLanguageModel.Query query) {
        return Arrays.toString(query.pieces())
                + Arrays.toString(query.masked())
                + Arrays.deepToString(query.choices())
                + Arrays.toString(query.normalized());
    }
}
