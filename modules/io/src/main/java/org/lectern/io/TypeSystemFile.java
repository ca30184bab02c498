package org.lectern.io;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.TypeSystemUtil;
import org.apache.uima.util.XMLInputSource;

/** The {@code TypeSystem.xml} the pipeline writes beside its XMI, and from which {@link XmiFolder} reads them. */
public final class TypeSystemFile {

    public static final String NAME = "TypeSystem.xml";

    private TypeSystemFile() {}

    /** Writes {@code typeSystem} to {@code folder/TypeSystem.xml} atomically. */
    public static void write(Path folder, TypeSystem typeSystem) throws IOException {
        AtomicFiles.write(
                folder.resolve(NAME),
                out -> TypeSystemUtil.typeSystem2TypeSystemDescription(typeSystem)
                        .toXML(out));
    }

    /** Parses a {@code TypeSystem.xml}, resolving its imports; errors name the file. */
    public static TypeSystemDescription read(Path file) throws IOException {
        try {
            TypeSystemDescription description =
                    UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(file.toFile()));
            description.resolveImports();
            return description;
        } catch (InvalidXMLException e) {
            throw new IOException(file + ": not a valid UIMA type system: " + ErrorMessages.rootCause(e), e);
        }
    }
}
