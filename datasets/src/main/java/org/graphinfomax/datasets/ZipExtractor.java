package org.graphinfomax.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip archive into a folder that appears only when complete, refusing any entry whose
 * name would put it outside that folder ("zip slip": {@code ../x}, absolute names).
 */
final class ZipExtractor {

    private ZipExtractor() {
    }

    /**
     * Extracts {@code archive} into the new folder {@code target}; on any failure nothing is left
     * behind.
     *
     * @throws DatasetFormatException naming the archive and entry if it is unreadable or an entry
     *     would escape {@code target}
     */
    static void extract(Path archive, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        boolean moved = false;
        try {
            unpack(archive, temp);
            moved = FolderMoves.moveFolderIntoPlace(temp, target);
        } finally {
            if (!moved) {
                FolderMoves.deleteRecursively(temp);
            }
        }
    }

    private static void unpack(Path archive, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new DatasetFormatException(archive + "!/" + entry.getName(),
                            "zip entry would be written outside the extraction folder; archive refused");
                }
                if (entry.isDirectory() || out.equals(root)) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
        } catch (ZipException e) {
            throw new DatasetFormatException(archive.toString(), "not a readable zip archive (" + e.getMessage() + ")", e);
        }
    }
}
