package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The CRF tokens of a document's English sentences, concatenated, with the token range of each sentence: the
 * positions every {@link Mention} and {@link MentionPass} refer to.
 */
final class DocumentTokens {

    /** Tokens {@code start..end} (exclusive) form one sentence. */
    record Sentence(int start, int end) {}

    private final List<CoreLabel> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    /** @param sentences tokens of the document's sentences, in document order, none empty */
    DocumentTokens(List<List<CoreLabel>> sentences) {
        for (List<CoreLabel> sentence : sentences) {
            this.sentences.add(new Sentence(tokens.size(), tokens.size() + sentence.size()));
            tokens.addAll(sentence);
        }
    }

    List<CoreLabel> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    List<Sentence> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    int size() {
        return tokens.size();
    }

    Sentence sentenceOf(int token) {
        return sentences.stream()
                .filter(s -> s.start() <= token && token < s.end())
                .findFirst()
                .orElseThrow();
    }

    int beginOffset(Mention mention) {
        return tokens.get(mention.start()).beginPosition();
    }

    int endOffset(Mention mention) {
        return tokens.get(mention.end() - 1).endPosition();
    }

    /** The token's text as written. */
    String word(int token) {
        return tokens.get(token).originalText();
    }

    /** The document text of tokens {@code start..end}, with single spaces where the text had white space. */
    String surface(int start, int end) {
        return NameText.key(tokens, start, end, false);
    }

    String surface(Mention mention) {
        return surface(mention.start(), mention.end());
    }

    boolean isPunctuation(int token) {
        return NewsLexicon.PUNCTUATION_OR_POSSESSIVE.matcher(word(token)).matches();
    }

    boolean isDeterminer(int token) {
        return NewsLexicon.DETERMINERS.contains(word(token).toLowerCase(Locale.ROOT));
    }
}
