package org.lectern.pipeline.run;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-document limits of a run.
 *
 * @param documentTimeout  time a document may spend being read and annotated before it is abandoned;
 *                         {@link Duration#ZERO} for no limit
 * @param maxDocumentBytes input files larger than this are not annotated (reported with stage {@code size});
 *                         0 for no limit
 */
public record RunLimits(Duration documentTimeout, long maxDocumentBytes) implements Serializable {

    /** Ten minutes: a long spun article judged word by word by the language model takes a few. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** 10 MB: twice the size of the largest documents the viewer is measured with. */
    public static final long DEFAULT_MAX_BYTES = 10_000_000;

    public static final RunLimits DEFAULT = new RunLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);

    public static final RunLimits NONE = new RunLimits(Duration.ZERO, 0);

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?");

    public RunLimits {
        if (documentTimeout.isNegative()) {
            throw new IllegalArgumentException("the document time limit cannot be negative: " + documentTimeout);
        }
        if (maxDocumentBytes < 0) {
            throw new IllegalArgumentException("the document size limit cannot be negative: " + maxDocumentBytes);
        }
    }

    public boolean hasTimeout() {
        return !documentTimeout.isZero();
    }

    public RunLimits withDocumentTimeout(Duration timeout) {
        return new RunLimits(timeout, maxDocumentBytes);
    }

    public RunLimits withMaxDocumentBytes(long bytes) {
        return new RunLimits(documentTimeout, bytes);
    }

    /**
     * The limits given on a command line ({@code null}: not given), else the pipeline's time limit ({@code null}:
     * none set), else the defaults; shared by the local and the Spark engine.
     *
     * @throws IllegalArgumentException for a negative time or an unreadable size
     */
    public static RunLimits resolve(Long docTimeoutSeconds, String maxDocSize, Duration pipelineTimeout) {
        RunLimits limits = DEFAULT;
        if (docTimeoutSeconds != null || pipelineTimeout != null) {
            limits = limits.withDocumentTimeout(
                    docTimeoutSeconds != null ? Duration.ofSeconds(docTimeoutSeconds) : pipelineTimeout);
        }
        return maxDocSize == null ? limits : limits.withMaxDocumentBytes(parseSize(maxDocSize));
    }

    /** Fails an input file of {@code bytes} that is over {@code maxBytes} (0: no limit) with stage {@code size}. */
    public static void checkSize(long bytes, long maxBytes) throws DocumentFailure {
        if (maxBytes > 0 && bytes > maxBytes) {
            throw new DocumentFailure(
                    DocumentFailure.SIZE,
                    String.format("%,d bytes, over the size limit of %,d bytes (--max-doc-size)", bytes, maxBytes),
                    null);
        }
    }

    /** Parses {@code 500000}, {@code 800k}, {@code 10MB} or {@code 1g} (decimal units) into bytes. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a size: '" + text + "' (expected bytes, or a number with k, MB or g, e.g. 10MB)");
        }
        long unit = switch (m.group(2)) {
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "g" -> 1_000_000_000L;
            default -> 1L;
        };
        return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    }
}
