package org.lectern.pipeline.config;

import java.util.List;

/**
 * A pipeline file that cannot be used. {@link #getMessage()} is meant for the user: one line per problem,
 * each {@code file:line:column: problem}.
 */
public class PipelineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PipelineException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public PipelineException(String problem) {
        this(List.of(problem));
    }

    /** The problems one by one, in document order. */
    public List<String> problems() {
        return problems;
    }
}
