package org.lectern.pipeline.run;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.lectern.pipeline.config.ReaderSpec;

/**
 * Fills a CAS from the bytes of one input file as the pipeline's reader says, wherever the bytes came from (a
 * local folder or a Hadoop file system). Text is decoded strictly, so binary files, invalid byte sequences and
 * empty files fail with a message naming the problem instead of producing garbage annotations.
 */
public final class CasFiller {

    private final String type;
    private final Charset encoding;
    private final String language;

    /**
     * @param type     {@link ReaderSpec#TEXT} or {@link ReaderSpec#XMI}
     * @param encoding of text files
     * @param language default document language, or null
     */
    public CasFiller(String type, Charset encoding, String language) {
        this.type = type;
        this.encoding = encoding;
        this.language = language;
    }

    public boolean readsXmi() {
        return ReaderSpec.XMI.equals(type);
    }

    /** Resets {@code cas} and fills it with the document in {@code bytes}. */
    public void fill(CAS cas, byte[] bytes, DocumentIdentity identity) throws DocumentFailure {
        cas.reset();
        if (readsXmi()) {
            loadXmi(bytes, cas);
        } else {
            loadText(bytes, identity, cas);
        }
    }

    private void loadText(byte[] bytes, DocumentIdentity identity, CAS cas) throws DocumentFailure {
        cas.setDocumentText(decode(bytes));
        if (language != null) {
            cas.setDocumentLanguage(language);
        }
        try {
            DocumentMetaData meta = DocumentMetaData.create(cas.getJCas());
            meta.setDocumentId(identity.id());
            meta.setDocumentTitle(identity.title());
            meta.setDocumentUri(identity.uri());
            meta.setDocumentBaseUri(identity.baseUri());
            meta.setCollectionId(identity.baseUri());
            if (language != null) {
                meta.setLanguage(language);
            }
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
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DocumentFailure(
                    "read",
                    "invalid " + encoding.name() + " at byte offset " + in.position() + " ("
                            + (result.isMalformed() ? "malformed" : "unmappable") + " input)",
                    null);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // a UTF-8 byte order mark is not part of the text
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void loadXmi(byte[] bytes, CAS cas) throws DocumentFailure {
        try {
            // lenient: types of the input that this pipeline's type system lacks are dropped, not fatal
            CasIOUtils.load(new ByteArrayInputStream(bytes), null, cas, CasLoadMode.LENIENT);
        } catch (IOException | RuntimeException e) {
            throw new DocumentFailure("read", "cannot load XMI: " + Worker.rootMessage(e), e);
        }
        if (cas.getDocumentText() == null) {
            throw new DocumentFailure("read", "XMI has no document text", null);
        }
        if (cas.getDocumentLanguage() == null || "x-unspecified".equals(cas.getDocumentLanguage())) {
            if (language != null) {
                cas.setDocumentLanguage(language);
            }
        }
    }
}
