package org.lectern.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.type.Boilerplate;

class XmiFolderTest {

    @TempDir
    Path root;

    @Test
    void listsXmiFilesRecursivelyAndLoadsThemWithTheNearestTypeSystem() throws Exception {
        JCas first = XmiFixtures.document("a.txt", "By Ann. Text.", "Text.");
        XmiFixtures.writeTypeSystem(first, root);
        XmiFixtures.writeXmi(first, root.resolve("a.xmi"));
        XmiFixtures.writeXmi(XmiFixtures.document("b.txt", "Photo: AP. More.", null), root.resolve("sport/b.xmi"));
        Files.writeString(root.resolve("notes.txt"), "not XMI");
        XmiFolder folder = new XmiFolder(root);

        assertThat(folder.xmiFiles()).containsExactly(root.resolve("a.xmi"), root.resolve("sport/b.xmi"));
        assertThat(folder.relativeStem(root.resolve("sport/b.xmi"))).isEqualTo(Path.of("sport", "b"));

        CAS loaded = folder.load(root.resolve("sport/b.xmi"));
        assertThat(loaded.getDocumentText()).isEqualTo("Photo: AP. More.");
        assertThat(JCasUtil.select(loaded.getJCas(), Boilerplate.class))
                .extracting(Boilerplate::getBegin, Boilerplate::getEnd, Boilerplate::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 6, "byline"));
        assertThat(folder.load(root.resolve("a.xmi"))
                        .getView(ExportCommand.CLEANED_VIEW)
                        .getDocumentText())
                .isEqualTo("Text.");
    }

    @Test
    void visitAllGoesOnAfterAFailureAndResetsTheReusedCas() throws Exception {
        JCas withCleaned = XmiFixtures.document("a.txt", "By Ann. Text.", "Text.");
        XmiFixtures.writeTypeSystem(withCleaned, root);
        XmiFixtures.writeXmi(withCleaned, root.resolve("a.xmi"));
        Files.writeString(root.resolve("b.xmi"), "<xmi:XMI");
        XmiFixtures.writeXmi(XmiFixtures.document("c.txt", "By Bo. Text.", null), root.resolve("c.xmi"));
        List<String> visited = new ArrayList<>();

        Map<Path, Exception> failures = new XmiFolder(root)
                .visitAll((xmi, cas) -> visited.add(xmi.getFileName() + " " + cas.getDocumentText()
                        + (hasView(cas, ExportCommand.CLEANED_VIEW) ? " +cleaned" : "")));

        assertThat(visited).containsExactly("a.xmi By Ann. Text. +cleaned", "c.xmi By Bo. Text.");
        assertThat(failures).containsOnlyKeys(root.resolve("b.xmi"));
        assertThat(failures.get(root.resolve("b.xmi")))
                .hasMessageStartingWith(root.resolve("b.xmi").toString());
    }

    @Test
    void withoutTypeSystemXmlTheClasspathTypesAreUsed() throws Exception {
        XmiFixtures.writeXmi(XmiFixtures.document("c.txt", "By Bo. Text.", null), root.resolve("c.xmi"));

        CAS loaded = new XmiFolder(root).load(root.resolve("c.xmi"));

        assertThat(JCasUtil.select(loaded.getJCas(), Boilerplate.class)).hasSize(1);
    }

    private static boolean hasView(CAS cas, String name) {
        try {
            cas.getView(name);
            return true;
        } catch (CASRuntimeException e) {
            return false;
        }
    }

    @Test
    void aBrokenXmiFailsNamingTheFile() throws Exception {
        Path broken = root.resolve("broken.xmi");
        Files.writeString(broken, "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"");

        assertThatThrownBy(() -> new XmiFolder(root).load(broken))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(broken.toString());
    }

    @Test
    void aFileCutShortBeforeItsRootElementIsNamedAsSuch() throws Exception {
        Path cut = root.resolve("cut.xmi");
        Files.writeString(cut, "<?xml ver");

        assertThatThrownBy(() -> new XmiFolder(root).load(cut))
                .isInstanceOf(IOException.class)
                .hasMessage(cut + ": not XMI: no root element in its 9 bytes (empty or cut short?)");
    }

    @Test
    void aVanishedFileIsNamedAsSuch() {
        Path gone = root.resolve("gone.xmi");

        assertThatThrownBy(() -> new XmiFolder(root).load(gone))
                .isInstanceOf(IOException.class)
                .hasMessage(gone + ": no such file (removed while being read?)");
    }

    @Test
    void xmiDoctypeDeclarationsAreRefused() throws Exception {
        Path xmi = root.resolve("leak.xmi");
        Files.writeString(
                xmi,
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE XMI [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                        + "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" "
                        + "xmi:version=\"2.0\"><cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" "
                        + "sofaString=\"&b;\"/></xmi:XMI>");

        assertThatThrownBy(() -> new XmiFolder(root).load(xmi))
                .isInstanceOf(IOException.class)
                .hasMessage(xmi + ": DOCTYPE declarations are not allowed in XMI");
    }

    @Test
    void typeSystemDoctypeDeclarationsAreRefused() throws Exception {
        Path secret = root.resolve("secret.txt");
        Files.writeString(secret, "secret");
        Path typeSystem = root.resolve(TypeSystemFile.NAME);
        Files.writeString(
                typeSystem,
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE typeSystemDescription [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">"
                        + "<name>&leak;</name><types/></typeSystemDescription>");

        assertThatThrownBy(() -> TypeSystemFile.read(typeSystem))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(typeSystem.toString())
                .hasMessageContaining("DOCTYPE");
    }
}
