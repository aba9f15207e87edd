package org.quarryhep.gen.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF sets shipped inside Quarry's {@code gen} jar (only the default set, {@link
 * PdfSearchPath#DEFAULT_SET}, member 0), so that generation works on a fresh clone with no LHAPDF
 * data. The folder is read in place: a plain directory when running from {@code target/classes}, a
 * folder of the jar's zip file system otherwise. Its {@code PROVENANCE.md} says where the grid
 * comes from.
 */
public final class BundledPdfSets {
    private static final String RESOURCE = "/org/quarryhep/gen/pdf/sets";

    private BundledPdfSets() {}

    /**
     * The folder holding the shipped sets, or empty when the resources are missing (a jar built
     * without them).
     *
     * @return the folder, one set per subfolder
     */
    public static Optional<Path> directory() {
        URL url = BundledPdfSets.class.getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened by an earlier call; Path.of below finds it.
                }
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("malformed resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the PDF sets inside " + url, e);
        }
    }
}
