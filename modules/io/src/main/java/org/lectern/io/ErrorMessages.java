package org.lectern.io;

/** Error texts for people: UIMA wraps the SAX or I/O reason of a failure several levels deep. */
public final class ErrorMessages {

    private ErrorMessages() {}

    /** The innermost message of a cause chain, prefixed by the outer message when that adds something. */
    public static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return cause == error || error.getMessage() == null || message.equals(error.getMessage())
                ? message
                : error.getMessage() + ": " + message;
    }
}
