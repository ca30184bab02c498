package org.lectern.viewer;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.TypeSystemUtil;
import org.lectern.type.Boilerplate;
import org.lectern.type.LanguageSpan;
import org.lectern.type.Quotation;
import org.lectern.type.SpinScore;
import org.lectern.type.TranslationArtefact;

/** XMI folders written for the viewer's tests and benchmark: Lectern's layers, DKPro only, a custom type system. */
final class ViewerFixtures {

    static final String NEWS_TEXT = """
            Photo: Example Agency
            Anna Lindqvist met the mayor of Tampere on Monday. She held a telephone name with officials.
            "We will build the bridge," Lindqvist said. "It is ready."
            Der Bürgermeister sagte, die Brücke werde im Sommer eröffnet.
            """;

    static final String XSS_TEXT = """
            <script>window.__xss = 'script';</script> ran?
            <img src=x onerror="window.__xss = 'img'"> loaded?
            <a href="javascript:window.__xss = 'link'">click me</a>
            """;

    static final String CUSTOM_TYPE = "com.acme.Product";

    private ViewerFixtures() {}

    /** A folder with a Lectern-annotated document, a hostile one and a DKPro-only one, and its TypeSystem.xml. */
    static void writeLecternFolder(Path folder) throws Exception {
        Files.createDirectories(folder);
        JCas news = JCasFactory.createJCas();
        news.setDocumentText(NEWS_TEXT);
        news.setDocumentLanguage("en");
        DocumentMetaData.create(news).setDocumentId("news");
        add(new Boilerplate(news, 0, "Photo: Example Agency".length()), b -> b.setKind("credit"));
        entity(news, "Anna Lindqvist", 0, "PERSON", "Anna Lindqvist");
        entity(news, "Tampere", 0, "LOCATION", "Tampere");
        NamedEntity lindqvist = entity(news, "Lindqvist", 1, "PERSON", "Anna Lindqvist");
        add(new TranslationArtefact(news, at("name"), at("name") + 4), a -> {
            a.setCorrection("call");
            a.setConfidence(0.9);
        });
        for (String quoted : new String[] {"We will build the bridge,", "It is ready."}) {
            add(new Quotation(news, at(quoted), at(quoted) + quoted.length()), q -> {
                q.setSpeaker(lindqvist);
                q.setSpeakerMention(lindqvist);
                q.setSpeakerName("Anna Lindqvist");
                if (quoted.startsWith("We")) {
                    // the attribution as written: the entity mention as source, a plain span as cue
                    q.setSource(lindqvist);
                    q.setCue(new Annotation(news, at("said"), at("said") + 4));
                }
            });
        }
        int german = at("Der Bürgermeister");
        add(new LanguageSpan(news, 0, german), s -> s.setLanguage("en"));
        add(new LanguageSpan(news, german, NEWS_TEXT.length()), s -> s.setLanguage("de"));
        spinScore(news, 0.02);
        JCas cleaned = news.createView("cleaned");
        cleaned.setDocumentText(NEWS_TEXT.replace("Photo: Example Agency\n", "").replace("name", "call"));
        write(news.getCas(), folder.resolve("news.xmi"));

        JCas xss = JCasFactory.createJCas();
        xss.setDocumentText(XSS_TEXT);
        int script = XSS_TEXT.indexOf("<script>");
        NamedEntity hostile = new NamedEntity(xss, script, script + 8);
        hostile.setValue("<img src=x onerror=\"window.__xss='value'\">");
        hostile.setIdentifier("<script>window.__xss='identifier'</script>");
        hostile.addToIndexes();
        spinScore(xss, 0.4);
        write(xss.getCas(), folder.resolve("hostile.xmi"));

        JCas dkpro = JCasFactory.createJCas();
        String text = "Kyiv is the capital. Officials met there.";
        dkpro.setDocumentText(text);
        new Sentence(dkpro, 0, 20).addToIndexes();
        new Sentence(dkpro, 21, text.length()).addToIndexes();
        int start = 0;
        for (String token : text.split(" ")) {
            new Token(dkpro, start, start + token.length()).addToIndexes();
            start += token.length() + 1;
        }
        NamedEntity kyiv = new NamedEntity(dkpro, 0, 4);
        kyiv.setValue("LOCATION");
        kyiv.addToIndexes();
        spinScore(dkpro, 0.1);
        write(dkpro.getCas(), folder.resolve("dkpro-only.xmi"));
        writeTypeSystem(news.getCas(), folder);
    }

    /** The document-level spin score translation-artefacts writes. */
    private static void spinScore(JCas jcas, double score) {
        SpinScore spin = new SpinScore(jcas, 0, jcas.getDocumentText().length());
        spin.setScore(score);
        spin.addToIndexes();
    }

    /** A sub-folder whose XMI uses a type system of its own (a type Lectern does not know). */
    static void writeCustomFolder(Path folder) throws Exception {
        Files.createDirectories(folder);
        TypeSystemDescription types =
                UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription product = types.addType(CUSTOM_TYPE, "A product name", CAS.TYPE_NAME_ANNOTATION);
        product.addFeature("sku", "Stock-keeping unit", CAS.TYPE_NAME_STRING);
        CAS cas = CasCreationUtils.createCas(types, null, null);
        String text = "The Widget 3000 sold out; the Gizmo followed.";
        cas.setDocumentText(text);
        Type type = cas.getTypeSystem().getType(CUSTOM_TYPE);
        for (String[] name : new String[][] {{"Widget 3000", "W-3000"}, {"Gizmo", "G-1"}}) {
            AnnotationFS annotation =
                    cas.createAnnotation(type, text.indexOf(name[0]), text.indexOf(name[0]) + name[0].length());
            annotation.setStringValue(type.getFeatureByBaseName("sku"), name[1]);
            cas.addFsToIndexes(annotation);
        }
        write(cas, folder.resolve("catalogue.xmi"));
        writeTypeSystem(cas, folder);
    }

    static void write(CAS cas, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CasIOUtils.save(cas, out, SerialFormat.XMI);
        }
    }

    static void writeTypeSystem(CAS cas, Path folder) throws Exception {
        try (OutputStream out = Files.newOutputStream(folder.resolve("TypeSystem.xml"))) {
            TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem()).toXML(out);
        }
    }

    private static int at(String fragment) {
        int offset = NEWS_TEXT.indexOf(fragment);
        if (offset < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + fragment);
        }
        return offset;
    }

    private static NamedEntity entity(JCas jcas, String text, int occurrence, String value, String canonical) {
        int offset = -1;
        for (int i = 0; i <= occurrence; i++) {
            offset = NEWS_TEXT.indexOf(text, offset + 1);
        }
        NamedEntity entity = new NamedEntity(jcas, offset, offset + text.length());
        entity.setValue(value);
        entity.setIdentifier(canonical);
        entity.addToIndexes();
        return entity;
    }

    private static <T extends Annotation> void add(T annotation, Consumer<T> features) {
        features.accept(annotation);
        annotation.addToIndexes();
    }
}
