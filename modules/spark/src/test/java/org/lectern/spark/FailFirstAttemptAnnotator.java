package org.lectern.spark;

import org.apache.spark.TaskContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.lectern.api.AnnotatorProvider;

/**
 * Kills the first attempt of the task that meets a document containing a word (as a lost executor would), so
 * that Spark retries the whole partition; later attempts pass.
 */
@ResourceMetaData(description = "Fails the first attempt of a task on a word (tests only)")
public class FailFirstAttemptAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_WORD = "word";

    @ConfigurationParameter(name = PARAM_WORD)
    private String word;

    @Override
    public void process(JCas jcas) {
        TaskContext task = TaskContext.get(); // null outside Spark (the local runner)
        if (jcas.getDocumentText().contains(word) && task != null && task.attemptNumber() == 0) {
            throw new TaskKilled("first attempt of the task dies on '" + word + "'");
        }
    }

    /** An {@link Error}: not a document failure, it fails the task. */
    static final class TaskKilled extends Error {
        TaskKilled(String message) {
            super(message);
        }
    }

    public static final class Provider implements AnnotatorProvider {
        @Override
        public String name() {
            return "test-fail-first-attempt";
        }

        @Override
        public Class<FailFirstAttemptAnnotator> engineClass() {
            return FailFirstAttemptAnnotator.class;
        }
    }
}
