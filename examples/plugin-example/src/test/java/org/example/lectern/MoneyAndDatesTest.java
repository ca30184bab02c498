package org.example.lectern;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.uima.jcas.JCas;
import org.example.type.DateMention;
import org.example.type.MoneyAmount;
import org.junit.jupiter.api.Test;
import org.lectern.api.testing.TestDocuments;

class MoneyAndDatesTest {

    @Test
    void moneyWithSymbolsWordsAndMultipliers() throws Exception {
        String text = "Profits rose to $1m, then £522,000 and €2.5bn; US$3 billion came from 3m euros and"
                + " 500 dollars. Section 5 was not money.";
        JCas jcas = TestDocuments.annotate(text, "en", new MoneyProvider().createDescription());

        assertThat(select(jcas, MoneyAmount.class))
                .extracting(MoneyAmount::getCoveredText, MoneyAmount::getCurrency, MoneyAmount::getAmount)
                .containsExactly(
                        tuple("$1m", "USD", 1e6),
                        tuple("£522,000", "GBP", 522_000.0),
                        tuple("€2.5bn", "EUR", 2.5e9),
                        tuple("US$3 billion", "USD", 3e9),
                        tuple("3m euros", "EUR", 3e6),
                        tuple("500 dollars", "USD", 500.0));
        assertThat(select(jcas, MoneyAmount.class).iterator().next())
                .extracting(MoneyAmount::getBegin, MoneyAmount::getEnd).containsExactly(16, 19);
    }

    @Test
    void currencySymbolsAreConfigurable() throws Exception {
        JCas jcas = TestDocuments.annotate("It cost $40.", "en", new MoneyProvider().createDescription(
                MoneyAnnotator.PARAM_CURRENCY_SYMBOLS, new String[] { "$=AUD" }));
        assertThat(select(jcas, MoneyAmount.class)).extracting(MoneyAmount::getCurrency, MoneyAmount::getAmount)
                .containsExactly(tuple("AUD", 40.0));
    }

    @Test
    void datesInCommonEnglishFormsNormalisedToIso() throws Exception {
        String text = "Filed on 31 December 2004, heard December 31, 2004 and on 2005-01-07; due in March 2005"
                + " or by 1st of April. Not 31 February 2004, nor page 12.";
        JCas jcas = TestDocuments.annotate(text, "en", new DatesProvider().createDescription());

        assertThat(select(jcas, DateMention.class))
                .extracting(DateMention::getBegin, DateMention::getEnd, DateMention::getIsoDate)
                .containsExactly(
                        tuple(9, 25, "2004-12-31"),
                        tuple(33, 50, "2004-12-31"),
                        tuple(58, 68, "2005-01-07"),
                        tuple(77, 87, "2005-03"),
                        tuple(94, 106, "--04-01"));
    }

    @Test
    void partialDatesCanBeSwitchedOff() throws Exception {
        JCas jcas = TestDocuments.annotate("In March 2005, on 1 April, and on 2 May 2006.", "en",
                new DatesProvider().createDescription(DateAnnotator.PARAM_MONTH_YEAR, false,
                        DateAnnotator.PARAM_DAY_MONTH, false));
        assertThat(select(jcas, DateMention.class)).extracting(DateMention::getIsoDate).containsExactly("2006-05-02");
    }

    @Test
    void neitherContinuesIntoTheNextParagraph() throws Exception {
        JCas jcas = TestDocuments.annotate("Talks end on 26 February\n\n1400 jobs go. It cost £5\nmillion.", "en",
                new DatesProvider().createDescription(), new MoneyProvider().createDescription());
        assertThat(select(jcas, DateMention.class)).extracting(DateMention::getCoveredText, DateMention::getIsoDate)
                .containsExactly(tuple("26 February", "--02-26"));
        assertThat(select(jcas, MoneyAmount.class)).extracting(MoneyAmount::getCoveredText, MoneyAmount::getAmount)
                .containsExactly(tuple("£5", 5.0));
    }
}
