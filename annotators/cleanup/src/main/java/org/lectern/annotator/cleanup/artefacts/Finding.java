package org.lectern.annotator.cleanup.artefacts;

/** A span to annotate as an artefact, the words meant there, and how sure the finding is (0..1). */
record Finding(int begin, int end, String correction, double confidence) {}
