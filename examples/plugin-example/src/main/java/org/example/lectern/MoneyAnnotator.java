package org.example.lectern;

import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.example.type.MoneyAmount;

/**
 * Marks amounts of money: a currency symbol before a number ({@code $1m}, {@code £522,000}, {@code €2.5bn},
 * {@code US$3 billion}) or a currency word after it ({@code 3m euros}, {@code 500 dollars}). Multipliers
 * (k, m, bn, thousand, million, billion, trillion) are applied to {@link MoneyAmount#getAmount()}.
 */
@ResourceMetaData(description = "Money amounts such as $1m, £522,000 or 2.5 billion euros, with ISO currency"
        + " code and numeric amount")
@TypeCapability(outputs = { "org.example.type.MoneyAmount", "org.example.type.MoneyAmount:currency",
        "org.example.type.MoneyAmount:amount" })
public class MoneyAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_CURRENCY_SYMBOLS = "currencySymbols";
    @ConfigurationParameter(name = PARAM_CURRENCY_SYMBOLS,
            defaultValue = { "US$=USD", "A$=AUD", "C$=CAD", "HK$=HKD", "$=USD", "£=GBP", "€=EUR", "¥=JPY" },
            description = "Symbols written before an amount, as SYMBOL=ISO_CODE; e.g. set $=AUD for Australian news")
    private String[] currencySymbols;

    public static final String PARAM_CURRENCY_WORDS = "currencyWords";
    @ConfigurationParameter(name = PARAM_CURRENCY_WORDS,
            defaultValue = { "dollars=USD", "dollar=USD", "pounds=GBP", "pound=GBP", "euros=EUR", "euro=EUR",
                    "yen=JPY", "francs=CHF", "yuan=CNY", "rupees=INR" },
            description = "Words written after an amount, as WORD=ISO_CODE (matched case-insensitively)")
    private String[] currencyWords;

    private static final String NUMBER = "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Spaces within a line: an amount never continues into the next paragraph. */
    private static final String SPACE = "[ \\t\\u00A0]";
    private static final String MULTIPLIER =
            "(?:" + SPACE + "?(?<multiplier>trillion|billion|million|thousand|bn|m|k))?\\b";
    private static final Map<String, Double> MULTIPLIERS = Map.of("k", 1e3, "thousand", 1e3, "m", 1e6,
            "million", 1e6, "bn", 1e9, "billion", 1e9, "trillion", 1e12);

    private Map<String, String> codesBySymbol;
    private Map<String, String> codesByWord;
    private Pattern symbolFirst;
    private Pattern wordAfter;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        codesBySymbol = codes(PARAM_CURRENCY_SYMBOLS, currencySymbols, false);
        codesByWord = codes(PARAM_CURRENCY_WORDS, currencyWords, true);
        symbolFirst = Pattern.compile("(?<![\\p{L}\\d])(?<currency>" + alternation(codesBySymbol) + ")" + SPACE + "?"
                + NUMBER + MULTIPLIER);
        wordAfter = Pattern.compile("(?<![\\d.,$£€¥])" + NUMBER + MULTIPLIER + SPACE + "+(?<currency>"
                + alternation(codesByWord) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        BitSet taken = new BitSet(text.length());
        mark(jcas, symbolFirst.matcher(text), codesBySymbol::get, taken);
        mark(jcas, wordAfter.matcher(text), word -> codesByWord.get(word.toLowerCase(Locale.ROOT)), taken);
    }

    private static void mark(JCas jcas, Matcher matcher, UnaryOperator<String> currencyCode, BitSet taken) {
        while (matcher.find()) {
            if (taken.get(matcher.start(), matcher.end()).isEmpty()) {
                taken.set(matcher.start(), matcher.end());
                MoneyAmount money = new MoneyAmount(jcas, matcher.start(), matcher.end());
                money.setCurrency(currencyCode.apply(matcher.group("currency")));
                String multiplier = matcher.group("multiplier");
                double value = Double.parseDouble(matcher.group("number").replace(",", ""));
                money.setAmount(multiplier == null ? value
                        : value * MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT)));
                money.addToIndexes();
            }
        }
    }

    /** SYMBOL=CODE or WORD=CODE entries; words are keyed in lower case as they match case-insensitively. */
    private static Map<String, String> codes(String parameter, String[] entries, boolean words)
            throws ResourceInitializationException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new ResourceInitializationException(new IllegalArgumentException("parameter " + parameter
                        + ": '" + entry + "' is not of the form " + (words ? "WORD" : "SYMBOL") + "=ISO_CODE"));
            }
            String key = entry.substring(0, equals).strip();
            codes.put(words ? key.toLowerCase(Locale.ROOT) : key, entry.substring(equals + 1).strip());
        }
        return codes;
    }

    /** Longest first, so that "US$" wins over "$". */
    private static String alternation(Map<String, String> codes) {
        return codes.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
