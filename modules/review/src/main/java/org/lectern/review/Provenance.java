package org.lectern.review;

/**
 * What review made of one annotation: {@code accepted}, {@code corrected} (a feature or boundary changed),
 * {@code added}, {@code rejected} or {@code deleted}; by whom, when, and the log entry that did it last.
 */
record Provenance(String status, String reviewer, String time, int seq) {

    static final String ACCEPTED = "accepted";
    static final String CORRECTED = "corrected";
    static final String ADDED = "added";
    static final String REJECTED = "rejected";
    static final String DELETED = "deleted";

    /** Whether the annotation stays in the reviewed document. */
    boolean kept() {
        return status.equals(ACCEPTED) || status.equals(CORRECTED) || status.equals(ADDED);
    }
}
