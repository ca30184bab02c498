package org.lectern.io;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Boilerplate;

/** Writes XMI folders the way the pipeline does: {@code *.xmi} plus {@code TypeSystem.xml}. */
final class XmiFixtures {

    private XmiFixtures() {}

    /** A document named {@code name} with one boilerplate span over its first word and, if given, a cleaned view. */
    static JCas document(String name, String text, String cleanedText) throws Exception {
        JCas jcas = TestDocuments.document(text, "en");
        DocumentMetaData.get(jcas).setDocumentTitle(name);
        Boilerplate firstWord = new Boilerplate(jcas, 0, text.indexOf(' '));
        firstWord.setKind("byline");
        firstWord.addToIndexes();
        if (cleanedText != null) {
            jcas.createView(ExportCommand.CLEANED_VIEW).setDocumentText(cleanedText);
        }
        return jcas;
    }

    static void writeXmi(JCas jcas, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            CasIOUtils.save(jcas.getCas(), out, SerialFormat.XMI);
        }
    }

    static void writeTypeSystem(JCas jcas, Path folder) throws Exception {
        TypeSystemFile.write(folder, jcas.getTypeSystem());
    }
}
