package org.lectern.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.type.ReviewState;

/**
 * What {@code export --reviewed} says about the gold it wrote: per document, its reviewers, the times of the first
 * and last review entry, the pipeline run the review was made against, and the log version exported.
 */
final class ReviewSidecar {

    private final ArrayNode documents = JsonNodeFactory.instance.arrayNode();

    /** Adds the document if its review is finished (state {@code reviewed}); false otherwise. */
    boolean add(String name, JCas jcas) {
        ReviewState state =
                JCasUtil.select(jcas, ReviewState.class).stream().findFirst().orElse(null);
        if (state == null || !"reviewed".equals(state.getState())) {
            return false;
        }
        ObjectNode document = documents.addObject();
        document.put("document", name);
        ArrayNode reviewers = document.putArray("reviewers");
        for (String reviewer : state.getReviewers() == null
                ? new String[0]
                : state.getReviewers().split(",")) {
            reviewers.add(reviewer);
        }
        document.put("firstTime", state.getFirstTime());
        document.put("lastTime", state.getLastTime());
        document.put("pipelineSha256", state.getPipelineSha256());
        document.put("version", state.getVersion());
        document.put("orphans", state.getOrphans());
        return true;
    }

    void write(Path file) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("documents", documents);
        String json = GoldJson.format(root);
        AtomicFiles.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }
}
