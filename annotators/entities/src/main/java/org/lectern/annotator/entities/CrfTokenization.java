package org.lectern.annotator.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's English (PTB) tokenizer, kept instead of the segmenter's DKPro tokens because the CRF was trained on
 * these tokens and the gazetteers are keyed by them; offsets point into the document. The tokenizer keeps prefixed words whole ("anti-Israel"); where a lower-case prefix precedes a
 * capitalised part they are split (anti, -, Israel), because a country name after such a prefix is an entity of
 * its own. Names such as "T-Mobile" stay whole.
 */
final class CrfTokenization {

    private static final TokenizerFactory<CoreLabel> FACTORY = PTBTokenizer.coreLabelFactory("invertible=true");

    private CrfTokenization() {}

    /** Tokens of {@code text}, which starts at document offset {@code offset}. */
    static List<CoreLabel> tokenize(String text, int offset) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreLabel token : FACTORY.getTokenizer(new StringReader(text)).tokenize()) {
            splitCapitalisedHyphenParts(token, offset, tokens);
        }
        return tokens;
    }

    private static void splitCapitalisedHyphenParts(CoreLabel token, int offset, List<CoreLabel> out) {
        String word = token.originalText();
        int begin = token.beginPosition() + offset;
        int partStart = 0;
        for (int hyphen = word.indexOf('-');
                hyphen > 0 && hyphen < word.length() - 1;
                hyphen = word.indexOf('-', hyphen + 1)) {
            if (Character.isUpperCase(word.charAt(hyphen + 1))
                    && hyphen > partStart
                    && word.substring(partStart, hyphen).chars().allMatch(Character::isLowerCase)) {
                out.add(label(word.substring(partStart, hyphen), begin + partStart));
                out.add(label("-", begin + hyphen));
                partStart = hyphen + 1;
            }
        }
        if (partStart == 0) {
            out.add(label(token.word(), word, begin));
        } else {
            out.add(label(word.substring(partStart), begin + partStart));
        }
    }

    private static CoreLabel label(String text, int begin) {
        return label(text, text, begin);
    }

    private static CoreLabel label(String word, String originalText, int begin) {
        CoreLabel label = new CoreLabelTokenFactory().makeToken(word, originalText, begin, originalText.length());
        label.setOriginalText(originalText);
        return label;
    }
}
