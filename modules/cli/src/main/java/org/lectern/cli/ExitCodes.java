package org.lectern.cli;

/** Exit codes shared by every verb (documented in the README and docs/plugins.md). */
final class ExitCodes {

    /** Everything worked. */
    static final int OK = 0;

    /** The work ran but part of it failed: documents of a run, a metric below --min, a plugin that did not load. */
    static final int SOME_FAILED = 1;

    /** Nothing was done: bad command line, invalid pipeline, an annotator rejecting its parameters. */
    static final int INVALID_INPUT = 2;

    /** An unexpected error (I/O, a bug); the message is printed in one line, the stack trace with --verbose. */
    static final int ERROR = 3;

    private ExitCodes() {}
}
