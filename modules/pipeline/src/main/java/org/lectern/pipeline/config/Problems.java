package org.lectern.pipeline.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one pipeline file, each at a position, and reports them in document order. */
final class Problems {

    private record Problem(int line, int column, String message) {}

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, int column, String message) {
        problems.add(new Problem(line, column, message));
    }

    void add(XmlElement at, String message) {
        add(at.line(), at.column(), message);
    }

    int size() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** {@code file:line:column: message}. */
    String format(int line, int column, String message) {
        return file + ":" + line + ":" + column + ": " + message;
    }

    PipelineException exception() {
        return new PipelineException(problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(p -> format(p.line(), p.column(), p.message()))
                .toList());
    }
}
