package org.lectern.pipeline.config;

import java.nio.file.Path;

/**
 * A {@code <writer>} of a pipeline.
 *
 * @param type   {@link #XMI} (XMI plus {@code TypeSystem.xml}) or {@link #JSON} (the gold-standard JSON schema)
 * @param target the output folder, absolute
 */
public record WriterSpec(String type, Path target) {

    public static final String XMI = "xmi";
    public static final String JSON = "json";

    public WriterSpec withTarget(Path newTarget) {
        return new WriterSpec(type, newTarget);
    }
}
