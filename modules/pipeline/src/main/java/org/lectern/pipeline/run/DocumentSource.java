package org.lectern.pipeline.run;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.lectern.pipeline.config.ReaderSpec;

/**
 * The reader side of a run: lists the input files matching the reader's glob and loads one into a CAS. Text
 * is decoded strictly, so binary files, invalid byte sequences, unreadable and empty files fail with a message
 * naming the problem instead of producing garbage annotations.
 */
public final class DocumentSource {

    private final ReaderSpec spec;

    public DocumentSource(ReaderSpec spec) {
        this.spec = spec;
    }

    /** The input files, sorted by relative path so that runs are reproducible. */
    public List<InputDocument> list() throws IOException {
        Path source = spec.source();
        if (!Files.isDirectory(source)) {
            throw new IOException("reader source is not a folder: " + source);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + spec.pattern());
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> new InputDocument(file, source.relativize(file)))
                    // "**/*.txt" needs a folder in java.nio globs: also match files at the top level
                    .filter(doc -> matcher.matches(doc.relative())
                            || matcher.matches(Path.of("_").resolve(doc.relative())))
                    .filter(doc -> !doc.fileName().equals("TypeSystem.xml"))
                    .sorted((a, b) ->
                            a.relative().toString().compareTo(b.relative().toString()))
                    .toList();
        }
    }

    /** Resets {@code cas} and fills it with {@code doc}. */
    public void load(InputDocument doc, CAS cas) throws DocumentFailure {
        cas.reset();
        if (ReaderSpec.XMI.equals(spec.type())) {
            loadXmi(doc, cas);
        } else {
            loadText(doc, cas);
        }
    }

    private void loadText(InputDocument doc, CAS cas) throws DocumentFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(doc.file());
        } catch (IOException e) {
            throw new DocumentFailure("read", "cannot read file: " + e, e);
        }
        String text = decode(bytes);
        cas.setDocumentText(text);
        if (spec.language() != null) {
            cas.setDocumentLanguage(spec.language());
        }
        try {
            setMetaData(cas.getJCas(), doc);
        } catch (CASException e) {
            throw new DocumentFailure("read", "cannot set document metadata: " + e, e);
        }
    }

    private String decode(byte[] bytes) throws DocumentFailure {
        if (bytes.length == 0) {
            throw new DocumentFailure("read", "empty file", null);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DocumentFailure("read", "binary file (NUL byte at byte offset " + i + ")", null);
            }
        }
        CharsetDecoder decoder = spec.encoding()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DocumentFailure(
                    "read",
                    "invalid " + spec.encoding().name() + " at byte offset " + in.position() + " ("
                            + (result.isMalformed() ? "malformed" : "unmappable") + " input)",
                    null);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // a UTF-8 byte order mark is not part of the text
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void setMetaData(JCas jcas, InputDocument doc) {
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(doc.relative().toString());
        meta.setDocumentTitle(doc.fileName());
        meta.setDocumentUri(doc.file().toUri().toString());
        URI base = spec.source().toUri();
        meta.setDocumentBaseUri(base.toString());
        meta.setCollectionId(base.toString());
        if (spec.language() != null) {
            meta.setLanguage(spec.language());
        }
    }

    private void loadXmi(InputDocument doc, CAS cas) throws DocumentFailure {
        try (InputStream in = Files.newInputStream(doc.file())) {
            // lenient: types of the input that this pipeline's type system lacks are dropped, not fatal
            CasIOUtils.load(in, null, cas, CasLoadMode.LENIENT);
        } catch (IOException | RuntimeException e) {
            throw new DocumentFailure("read", "cannot load XMI: " + Worker.rootMessage(e), e);
        }
        if (cas.getDocumentText() == null) {
            throw new DocumentFailure("read", "XMI has no document text", null);
        }
        if (cas.getDocumentLanguage() == null || "x-unspecified".equals(cas.getDocumentLanguage())) {
            if (spec.language() != null) {
                cas.setDocumentLanguage(spec.language());
            }
        }
    }
}
