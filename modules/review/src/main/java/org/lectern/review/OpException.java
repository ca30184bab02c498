package org.lectern.review;

/** A review operation that cannot be applied; the message names the problem (answered as 422). */
public final class OpException extends Exception {

    public OpException(String message) {
        super(message);
    }
}
