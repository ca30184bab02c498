package org.lectern.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writerFailingMidDocumentLeavesNoFile() throws Exception {
        Path target = dir.resolve("doc.xmi");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("<?xml version=\"1.0\"?><xmi:XMI".getBytes());
                    throw new IOException("disk full");
                }))
                .hasMessageContaining("disk full");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void failedRewriteKeepsThePreviousCompleteFile() throws Exception {
        Path target = dir.resolve("doc.xmi");
        AtomicFiles.write(target, out -> out.write("complete".getBytes()));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes());
                    throw new IllegalStateException("serializer crashed");
                }))
                .isInstanceOf(IOException.class);
        assertThat(target).hasContent("complete");
    }

    /** Big document written over and over until the JVM is killed; run as a separate process by the test. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("word ".repeat(2_000_000));
        for (int i = 0; i < 20_000; i += 5) {
            new org.apache.uima.jcas.tcas.Annotation(jcas, i, i + 4).addToIndexes();
        }
        Files.writeString(folder.resolve("ready"), "");
        for (int n = 0; ; n++) {
            CAS cas = jcas.getCas();
            AtomicFiles.write(folder.resolve("doc" + (n % 3) + ".xmi"), out -> XmiCasSerializer.serialize(cas, out));
        }
    }

    @Test
    void processKilledWhileWritingLeavesOnlyCompleteXmi() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AtomicFilesTest.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasTemporaryFile() && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(hasTemporaryFile())
                    .as("child started writing (log: %s)", dir.resolve("child.log"))
                    .isTrue();
        } finally {
            child.destroyForcibly().waitFor();
        }
        // killed mid-write: a temporary file may remain, but every .xmi is complete
        List<Path> xmis;
        try (Stream<Path> files = Files.list(dir)) {
            xmis = files.filter(p -> p.getFileName().toString().endsWith(".xmi"))
                    .toList();
        }
        for (Path xmi : xmis) {
            CAS cas = JCasFactory.createJCas().getCas();
            try (InputStream in = Files.newInputStream(xmi)) {
                CasIOUtils.load(in, cas);
            }
            assertThat(cas.getDocumentText()).hasSize(10_000_000);
        }
        AtomicFiles.removeLeftovers(dir);
        assertThat(hasTemporaryFile()).isFalse();
    }

    private boolean hasTemporaryFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().contains(AtomicFiles.TEMP_MARK));
        }
    }
}
