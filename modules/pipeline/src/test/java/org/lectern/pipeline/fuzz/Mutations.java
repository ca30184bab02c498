package org.lectern.pipeline.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of XML files, the hostile inputs of issue 19: truncation, byte damage, garbage, huge values,
 * deep nesting, entity expansion and external entities, wrong names. Every mutation is a pure function of the
 * random generator's state, so a seed reproduces a run.
 */
final class Mutations {

    /** Values that break naive code: huge, negative, empty, non-numeric, markup, control and surrogate characters. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "",
            "-1",
            "0",
            "2147483648",
            "99999999999999999999999999",
            "NaN",
            "1e309",
            "true",
            "&amp;&lt;&gt;",
            "\u0000",
            "\uD800",
            "\u202E",
            "../../../../etc/passwd",
            "/dev/null",
            "x".repeat(100_000),
            "ü".repeat(10_000));

    /** A billion-laughs DOCTYPE: expanded naively, it needs gigabytes. */
    static final String ENTITY_EXPANSION = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"
            + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n";

    private final Random random;

    Mutations(long seed) {
        random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** One to three mutations of {@code xml}; {@code names} are element, attribute or type names to swap in. */
    byte[] mutate(String xml, List<String> names) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            bytes = mutateOnce(bytes, names);
        }
        return bytes;
    }

    private byte[] mutateOnce(byte[] bytes, List<String> names) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> truncate(bytes);
            case 1 -> flipBytes(bytes);
            case 2 -> utf8(replaceQuoted(text, pick(HOSTILE_VALUES)));
            case 3 -> utf8(replaceQuoted(text, pick(names)));
            case 4 -> utf8(replaceWord(text, pick(names)));
            case 5 -> utf8(insertAt(text, pick(List.of("<", "&", "\"", "]]>", "<!--", "<?pi?>", "&undefined;", "\n"))));
            case 6 -> utf8(deepNesting(text));
            case 7 -> utf8(ENTITY_EXPANSION + text.replaceFirst("^<\\?xml[^>]*\\?>", ""));
            case 8 -> utf8(duplicateRange(text));
            default -> utf8(deleteRange(text));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private byte[] truncate(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    private byte[] flipBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && copy.length > 0; i--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Replaces the content of a random quoted attribute value. */
    private String replaceQuoted(String text, String value) {
        int quote = randomIndexOf(text, '"');
        int end = quote < 0 ? -1 : text.indexOf('"', quote + 1);
        if (end < 0) {
            return text;
        }
        return text.substring(0, quote + 1) + value + text.substring(end);
    }

    /** Replaces a random run of letters (an element, attribute or annotator name, or a word of text). */
    private String replaceWord(String text, String word) {
        int at = random.nextInt(text.length() + 1);
        int begin = at;
        while (begin < text.length() && !Character.isLetter(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, begin) + word + text.substring(end);
    }

    private String insertAt(String text, String insert) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    /** Wraps the content after the root's start tag in thousands of nested elements. */
    private String deepNesting(String text) {
        int depth = 1_000 + random.nextInt(100_000);
        int rootEnd = text.indexOf('>', Math.max(0, text.indexOf("<", text.startsWith("<?") ? 2 : 0) + 1));
        if (rootEnd < 0) {
            return text;
        }
        return text.substring(0, rootEnd + 1)
                + "<a>".repeat(depth)
                + "</a>".repeat(depth)
                + text.substring(rootEnd + 1);
    }

    private String duplicateRange(String text) {
        int begin = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), begin + random.nextInt(200));
        return text.substring(0, end) + text.substring(begin, end).repeat(1 + random.nextInt(50)) + text.substring(end);
    }

    private String deleteRange(String text) {
        int begin = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), begin + random.nextInt(100));
        return text.substring(0, begin) + text.substring(end);
    }

    private int randomIndexOf(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == c ? 1 : 0;
        }
        if (count == 0) {
            return -1;
        }
        int wanted = random.nextInt(count);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c && wanted-- == 0) {
                return i;
            }
        }
        return -1;
    }
}
