package org.lectern.annotator.cleanup.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.lectern.annotator.cleanup.boilerplate.Lines.Line;
import org.lectern.type.Boilerplate;

/**
 * Marks text that is not part of the article: photo captions and credits, bylines, crawler date stamps and wire
 * datelines, donation and subscription appeals, share and navigation bars, footers. Each line is judged on its
 * own form (length, sentence structure, capitalisation), its vocabulary (credit agencies, appeal and share
 * words) and its position; appeals are then grown to the whole block of appeal-like lines they sit in. Headlines
 * and standfirsts are article text and are left alone: they have no such vocabulary.
 */
@ResourceMetaData(
        name = "boilerplate",
        description = "Marks captions, credits, bylines, datelines, appeals, "
                + "share/navigation bars and footers (one span per line, trimmed)")
@TypeCapability(
        outputs = {
            "org.lectern.type.Boilerplate",
            "org.lectern.type.Boilerplate:kind",
            "org.lectern.type.Boilerplate:confidence"
        })
public class BoilerplateAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(
            name = PARAM_MIN_CONFIDENCE,
            mandatory = false,
            defaultValue = "0.5",
            description = "Lines scoring below this (0..1) are kept as article text")
    private double minConfidence;

    /** A crawler or CMS time stamp glued to the start of a line: "date 2022-02-27", "Published: 2023-01-05 10:00". */
    private static final Pattern STAMP = Pattern.compile(
            "^(?:(?:date|published|updated|posted|last updated)\\s*:?\\s*)?"
                    + "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** A wire dateline: "KYIV, Feb 27 (Reuters) -", "LONDON (AP) —". */
    private static final Pattern WIRE_DATELINE =
            Pattern.compile("^[A-Z][A-Z .'-]{2,40}(?:,\\s*[A-Z][a-z]{2,8}\\.? \\d{1,2})?"
                    + "\\s*\\((?:Reuters|AP|AFP|dpa|Xinhua|UPI|Bloomberg|IANS|PTI|ANI|JTA|TASS|Anadolu)\\)\\s*[-–—]");
    /** "By NAME[, role][. Media: outlet]": capitalised name words only, a short tail. */
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by|Words by|Story by)\\s+"
            + "(?:[A-Z][\\p{L}.'’-]*(?:\\s+(?:[A-Z][\\p{L}.'’-]*|de|van|von|al|bin|da|and|&))*)"
            + "(?:\\s*(?:,|\\||and|–|-)\\s*[^.!?]{0,60}(?:\\.\\s*[^.!?]{0,40})?)?\\.?$");
    /** Photo credits: the agency or a "Photo:" label, usually in parentheses at the end of a caption. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:(?:photo|image|picture|credit|file|pool|video)"
                    + "(?:\\s+(?:credit|by))?\\s*:?\\s*[^)]{0,60}|[^)]{0,40}\\b(?:Shutterstock|Getty(?: Images)?|Reuters|AFP|"
                    + "AP(?: Photo)?|EPA|iStock(?:photo)?|Alamy|Flickr|Wikimedia(?: Commons)?|Unsplash|Pexels|screenshot|"
                    + "courtesy|handout|Images)\\b[^)]{0,40})\\)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:photo|image|picture|credit|photograph|video)" + "(?:\\s+credit)?\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    /** Appeals to the reader to give, subscribe or join. */
    private static final Pattern APPEAL = Pattern.compile(
            "\\b(?:donat(?:e|ion|ions|ing)|subscri(?:be|ption)|"
                    + "support (?:(?-i:us)|our|independent|quality|the work)|show your support|your support|become a "
                    + "(?:member|supporter|patron)|sign up (?:for|to)|newsletter|help (?-i:us)|needs your help|your help|"
                    + "make a (?:gift|contribution|donation)|contribute (?:now|today)|stand with|join (?-i:us)|patreon|"
                    + "paywall|for just \\S+ a (?:month|year|week))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SHARE = Pattern.compile(
            "^(?:share (?:this|on|via)|share:|tweet this|email this|"
                    + "follow us on|like us on|print this)\\b|\\b(?:Facebook|Twitter|WhatsApp|LinkedIn|Telegram)\\b.*"
                    + "\\b(?:Facebook|Twitter|WhatsApp|LinkedIn|Telegram|email|Pinterest)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:discussion about this (?:post|article|story)|"
                    + "(?:\\d+\\s+)?comments?\\b|leave a (?:comment|reply)|all rights reserved|©|copyright\\b|"
                    + "read more\\b|related(?: articles| stories| posts)?:?$|tags?:|advertisement$|click here\\b|"
                    + "this (?:article|story) (?:was|first|originally) (?:published|appeared)|more from\\b|"
                    + "recommended(?: for you)?:?$|you may also like|loading\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Menu bars: several short items separated by pipes or bullets. */
    private static final Pattern NAVIGATION = Pattern.compile("^(?:[^|•·»]{1,25}[|•·»]){3,}[^|•·»]{0,25}$");

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Line> lines = Lines.of(text);
        List<Verdict> verdicts = new ArrayList<>();
        for (Line line : lines) {
            verdicts.add(judge(line, lines).orElse(null));
        }
        growAppealBlocks(lines, verdicts);
        attachCaptionLabels(lines, verdicts);
        for (int i = 0; i < lines.size(); i++) {
            Verdict v = verdicts.get(i);
            if (v != null && v.confidence >= minConfidence) {
                Boilerplate span = new Boilerplate(jcas, v.begin, v.end);
                span.setKind(v.kind);
                span.setConfidence(v.confidence);
                span.addToIndexes();
            }
        }
    }

    private record Verdict(int begin, int end, String kind, double confidence) {}

    private Optional<Verdict> judge(Line line, List<Line> lines) {
        String t = line.text();
        int words = line.words();
        boolean nearTop = line.index() < 8;
        boolean nearEnd = line.index() >= lines.size() - 8;

        Matcher stamp = STAMP.matcher(t);
        if (stamp.find()) {
            return Optional.of(new Verdict(line.begin(), line.begin() + stamp.end(), "dateline", 0.95));
        }
        Matcher wire = WIRE_DATELINE.matcher(t);
        if (wire.find()) {
            int end = wire.end();
            while (end > 0 && "-–— ".indexOf(t.charAt(end - 1)) >= 0) {
                end--;
            }
            return Optional.of(new Verdict(line.begin(), line.begin() + end, "dateline", 0.9));
        }
        if (words <= 14 && BYLINE.matcher(t).matches()) {
            return Optional.of(whole(line, "byline", nearTop || nearEnd ? 0.95 : 0.7));
        }
        if (CREDIT_LINE.matcher(t).find() && words <= 25) {
            return Optional.of(whole(line, "credit", 0.9));
        }
        Matcher credit = CREDIT.matcher(t);
        if (credit.find() && words <= 40) {
            // a caption: a line that ends with its credit
            boolean endsWithCredit =
                    t.substring(credit.end()).replaceAll(CREDIT.pattern(), "").isBlank();
            if (endsWithCredit) {
                return Optional.of(whole(line, words <= 3 ? "credit" : "caption", 0.9));
            }
        }
        if (SHARE.matcher(t).find() && words <= 20) {
            return Optional.of(whole(line, "share", 0.85));
        }
        if (NAVIGATION.matcher(t).matches()) {
            return Optional.of(whole(line, "navigation", 0.8));
        }
        if (FOOTER.matcher(t).find() && words <= 15 && (nearEnd || words <= 5)) {
            return Optional.of(whole(line, "footer", nearEnd ? 0.85 : 0.6));
        }
        int appealTerms = count(APPEAL, t);
        // words like "subscription" or "sign up" are ordinary news vocabulary: an appeal also calls on the
        // reader (imperative, exclamation, capitals, or "you" in the closing lines) and quotes nobody
        boolean callsOnReader =
                t.contains("!") || isShouting(t) || IMPERATIVE.matcher(t).find() || nearEnd && addressesReader(t);
        if (appealTerms > 0 && callsOnReader && !QUOTE_MARK.matcher(t).find()) {
            double score = 0.35
                    + 0.2 * appealTerms
                    + (t.contains("!") ? 0.15 : 0)
                    + (addressesReader(t) ? 0.1 : 0)
                    + (nearEnd ? 0.1 : 0)
                    - (words > 60 ? 0.3 : 0);
            return Optional.of(whole(line, "appeal", Math.min(score, 0.95)));
        }
        return Optional.empty();
    }

    /**
     * Appeals come in blocks: a line between two appeal lines, or after an appeal line up to the end of the
     * document, that speaks to the reader ("you", "!", imperative shouting) is part of the block.
     */
    private void growAppealBlocks(List<Line> lines, List<Verdict> verdicts) {
        for (int i = 0; i < lines.size(); i++) {
            if (verdicts.get(i) != null) {
                continue;
            }
            boolean appealBefore = isAppeal(verdicts, i - 1) || isAppeal(verdicts, i - 2) && isAppeal(verdicts, i + 1);
            boolean appealAfter = isAppeal(verdicts, i + 1);
            boolean tail = appealBefore && trailingAppeal(verdicts, i);
            String t = lines.get(i).text();
            if (appealBefore && (appealAfter || tail) && (t.contains("!") || addressesReader(t) || isShouting(t))) {
                verdicts.set(i, whole(lines.get(i), "appeal", 0.7));
            }
        }
    }

    /** Whether everything after line i up to the end is appeal or other boilerplate. */
    private static boolean trailingAppeal(List<Verdict> verdicts, int i) {
        for (int j = i + 1; j < verdicts.size(); j++) {
            if (verdicts.get(j) == null) {
                return false;
            }
        }
        return true;
    }

    /** A one-to-three-word label glued (no blank line) to a caption belongs to it, e.g. a topic tag. */
    private void attachCaptionLabels(List<Line> lines, List<Verdict> verdicts) {
        for (int i = 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            Verdict previous = verdicts.get(i - 1);
            if (verdicts.get(i) == null
                    && previous != null
                    && "caption".equals(previous.kind)
                    && !line.blankBefore()
                    && line.words() <= 3
                    && !line.text().matches(".*[.!?:]$")) {
                verdicts.set(i, whole(line, "caption", 0.75));
            }
        }
    }

    private static boolean isAppeal(List<Verdict> verdicts, int i) {
        return i >= 0 && i < verdicts.size() && verdicts.get(i) != null && "appeal".equals(verdicts.get(i).kind);
    }

    private static Verdict whole(Line line, String kind, double confidence) {
        return new Verdict(line.begin(), line.end(), kind, confidence);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:please\\s+)?(?:donate|subscribe|support|help|join|"
                    + "sign up|become|give|stand|make|contribute|click|follow|register)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"«»„]");
    private static final Pattern READER = Pattern.compile("\\b(?:[Yy]ou|[Yy]our|us|[Ww]e|[Oo]ur)\\b");

    private static boolean addressesReader(String text) {
        return READER.matcher(text).find();
    }

    /** Mostly upper-case letters: "MAKE A DONATION TODAY!". */
    private static boolean isShouting(String text) {
        long upper = text.chars().filter(Character::isUpperCase).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 8 && upper > 0.7 * letters;
    }
}
