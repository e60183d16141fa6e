package org.dossier.importer;

import java.nio.file.Path;

/** Reads one file format into articles. {@link FormatReaders#forFile} picks the reader for a file. */
public interface FormatReader {

    /**
     * @throws ImportException when nothing in the file can be read, with a message that names the file
     */
    ReadResult read(Path file) throws ImportException;
}
