package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Per token, the position of its sentence: looked up per mention by many passes, so kept as an array. */
    private final int[] sentenceOfToken;

    /** @param sentences tokens of the document's sentences, in document order, none empty */
    DocumentTokens(List<List<CoreLabel>> sentences) {
        for (List<CoreLabel> sentence : sentences) {
            this.sentences.add(new Sentence(tokens.size(), tokens.size() + sentence.size()));
            tokens.addAll(sentence);
        }
        sentenceOfToken = new int[tokens.size()];
        for (int i = 0; i < this.sentences.size(); i++) {
            Arrays.fill(
                    sentenceOfToken,
                    this.sentences.get(i).start(),
                    this.sentences.get(i).end(),
                    i);
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
        return sentences.get(sentenceIndexOf(token));
    }

    /** The position in {@link #sentences()} of the sentence holding {@code token}. */
    int sentenceIndexOf(int token) {
        return sentenceOfToken[token];
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

    /** Whether {@code token} and the next one are written without space between them ("al", "-"). */
    boolean glued(int token) {
        return token + 1 < tokens.size()
                && tokens.get(token).endPosition() == tokens.get(token + 1).beginPosition();
    }

    boolean isPunctuation(int token) {
        return NewsLexicon.PUNCTUATION_OR_POSSESSIVE.matcher(word(token)).matches();
    }

    boolean isDeterminer(int token) {
        return NewsLexicon.DETERMINERS.contains(word(token).toLowerCase(Locale.ROOT));
    }
}
