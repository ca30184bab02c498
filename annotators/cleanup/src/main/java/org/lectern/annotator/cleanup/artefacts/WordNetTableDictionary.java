package org.lectern.annotator.cleanup.artefacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A {@link WordNetTable} seen as an extJWNL dictionary of index words and exceptions, so that extJWNL's own
 * morphological processor, configured exactly as for its resource dictionary (the same properties file), finds
 * base forms in the table: it asks only {@link #getIndexWord} and {@link #getException}, both lock-free here.
 * Synsets are not kept as extJWNL objects ({@link Synonyms} reads them from the table), so the synset methods fail.
 */
final class WordNetTableDictionary extends Dictionary {

    /** The properties of extJWNL's WordNet 3.1 resource dictionary, whose morphology settings are used. */
    static final String PROPERTIES = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

    private final WordNetTable table;

    WordNetTableDictionary(WordNetTable table) throws JWNLException {
        super(properties());
        this.table = table;
    }

    private static Document properties() throws JWNLException {
        try (InputStream in = Objects.requireNonNull(
                WordNetTableDictionary.class.getResourceAsStream(PROPERTIES), "extJWNL data: " + PROPERTIES)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new JWNLException("cannot read the WordNet properties " + PROPERTIES, e);
        }
    }

    @Override
    public IndexWord getIndexWord(POS pos, String lemma) throws JWNLException {
        int[] senses = table.senses(pos, lemma);
        if (senses == null) {
            return null;
        }
        long[] offsets = new long[senses.length];
        for (int i = 0; i < senses.length; i++) {
            offsets[i] = table.offset(senses[i]);
        }
        return new IndexWord(this, WordNetTable.key(lemma), pos, offsets);
    }

    @Override
    public Exc getException(POS pos, String derivation) throws JWNLException {
        List<String> bases = derivation == null ? null : table.exceptions(pos, derivation);
        return bases == null ? null : new Exc(this, pos, WordNetTable.key(derivation), bases);
    }

    @Override
    public Iterator<Exc> getExceptionIterator(POS pos) {
        throw notKept("exception iteration");
    }

    @Override
    public Iterator<IndexWord> getIndexWordIterator(POS pos) {
        throw notKept("index word iteration");
    }

    @Override
    public Iterator<IndexWord> getIndexWordIterator(POS pos, String substring) {
        throw notKept("index word iteration");
    }

    @Override
    public IndexWord getRandomIndexWord(POS pos) {
        throw notKept("random index words");
    }

    @Override
    public Iterator<Synset> getSynsetIterator(POS pos) {
        throw notKept("synsets");
    }

    @Override
    public Synset getSynsetAt(POS pos, long offset) {
        throw notKept("synsets");
    }

    @Override
    public void close() {}

    private static UnsupportedOperationException notKept(String what) {
        return new UnsupportedOperationException(
                "the WordNet table keeps what Synonyms reads, not extJWNL's " + what + " (use extJWNL's dictionary)");
    }
}
