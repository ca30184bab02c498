package org.lectern.viewer;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.lectern.type.Quotation;
import org.lectern.type.TranslationArtefact;

/** XMI written for the review tests: a short news item with predictions to accept, reject and correct. */
final class ReviewFixtures {

    static final String NEWS_TEXT = """
            Maria Keller met officials of Nordbank in Aarhus on Friday.
            "The merger is off," Keller said. "We walk away."
            Peter Brandt of Vestas declined to comment.
            """;

    static final String XSS_TEXT = """
            <b>Bold</b> claims by <img src=x onerror="window.__xss='text'"> were made.
            """;

    private ReviewFixtures() {}

    /**
     * A folder with the news item under each name of {@code newsNames} (documents to review independently), a
     * document with confidences for the bulk actions, a hostile one, and the TypeSystem.xml.
     */
    static void writeFolder(Path folder, String... newsNames) throws Exception {
        Files.createDirectories(folder);
        JCas jcas = JCasFactory.createJCas();
        for (String name : newsNames) {
            jcas.reset();
            writeNews(jcas, name, NEWS_TEXT);
            ViewerFixtures.write(jcas.getCas(), folder.resolve(name + ".xmi"));
        }
        jcas.reset();
        writeBulk(jcas);
        ViewerFixtures.write(jcas.getCas(), folder.resolve("bulk.xmi"));
        jcas.reset();
        jcas.setDocumentText(XSS_TEXT);
        NamedEntity bold = entity(jcas, XSS_TEXT, "<b>Bold</b>", 0, "MISC", "<script>window.__xss='id'</script>");
        bold.setValue("<img src=x onerror=\"window.__xss='value'\">");
        ViewerFixtures.write(jcas.getCas(), folder.resolve("hostile.xmi"));
        ViewerFixtures.writeTypeSystem(jcas.getCas(), folder);
    }

    /**
     * Predictions: Maria Keller PERSON, Nordbank PERSON (should be ORGANIZATION), Aarhus LOCATION, Friday MISC
     * (wrong), Keller PERSON, Peter PERSON (should be Peter Brandt); the first quote said by Keller, the second by
     * nobody yet; Vestas not found.
     */
    private static void writeNews(JCas jcas, String name, String text) {
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData.create(jcas).setDocumentId(name);
        entity(jcas, text, "Maria Keller", 0, "PERSON", "Maria Keller");
        entity(jcas, text, "Nordbank", 0, "PERSON", "Nordbank");
        entity(jcas, text, "Aarhus", 0, "LOCATION", "Aarhus");
        entity(jcas, text, "Friday", 0, "MISC", "Friday");
        NamedEntity keller = entity(jcas, text, "Keller", 1, "PERSON", "Maria Keller");
        entity(jcas, text, "Peter", 0, "PERSON", "Peter");
        Quotation first = quote(jcas, text, "The merger is off,");
        first.setSpeaker(keller);
        first.setSpeakerMention(keller);
        first.setSpeakerName("Maria Keller");
        quote(jcas, text, "We walk away.");
    }

    /** The news item {@code name} as a new pipeline run makes it from a text with {@code firstLine} added on top. */
    static void rewriteNews(Path folder, String name, String firstLine) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        writeNews(jcas, name, firstLine + NEWS_TEXT);
        ViewerFixtures.write(jcas.getCas(), folder.resolve(name + ".xmi"));
    }

    /** Three LOCATIONs, two PERSONs, artefacts at confidence 0.2, 0.95 and 0.6. */
    private static void writeBulk(JCas jcas) {
        String text = "Oslo, Bergen and Trondheim met Ola and Kari. The road were closed, the bus have left, "
                + "a car are parked.\n";
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        for (String place : new String[] {"Oslo", "Bergen", "Trondheim"}) {
            entity(jcas, text, place, 0, "LOCATION", place);
        }
        for (String person : new String[] {"Ola", "Kari"}) {
            entity(jcas, text, person, 0, "PERSON", person);
        }
        String[][] artefacts = {{"were", "was", "0.2"}, {"have", "has", "0.95"}, {"are", "is", "0.6"}};
        for (String[] artefact : artefacts) {
            int begin = text.indexOf(" " + artefact[0] + " ") + 1;
            TranslationArtefact span = new TranslationArtefact(jcas, begin, begin + artefact[0].length());
            span.setCorrection(artefact[1]);
            span.setConfidence(Double.parseDouble(artefact[2]));
            span.addToIndexes();
        }
    }

    /** The offset of the {@code occurrence}-th (from 0) {@code fragment} in {@code text}. */
    static int at(String text, String fragment, int occurrence) {
        int offset = -1;
        for (int i = 0; i <= occurrence; i++) {
            offset = text.indexOf(fragment, offset + 1);
            if (offset < 0) {
                throw new IllegalArgumentException("not in the fixture text: " + fragment + " #" + occurrence);
            }
        }
        return offset;
    }

    private static NamedEntity entity(
            JCas jcas, String text, String fragment, int occurrence, String value, String canonical) {
        int begin = at(text, fragment, occurrence);
        NamedEntity entity = new NamedEntity(jcas, begin, begin + fragment.length());
        entity.setValue(value);
        entity.setIdentifier(canonical);
        entity.addToIndexes();
        return entity;
    }

    private static Quotation quote(JCas jcas, String text, String quoted) {
        int begin = at(text, quoted, 0);
        Quotation quote = new Quotation(jcas, begin, begin + quoted.length());
        quote.addToIndexes();
        return quote;
    }
}
