package org.graphinfomax.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Dataset files read straight from a zip archive as distributed (for example TU Dortmund's
 * {@code MUTAG.zip}, whose entries are {@code MUTAG/MUTAG_A.txt} and so on). Files are found by
 * their base name wherever they sit in the archive; nothing is written to disk.
 */
final class ZipFiles implements DatasetFiles {

    private final Path archive;
    private final ZipFile zip;
    private final Map<String, ZipEntry> byBaseName = new HashMap<>();

    /**
     * Opens the archive and indexes its entries.
     *
     * @throws DatasetFormatException if it is not a readable zip archive or names one file twice
     */
    ZipFiles(Path archive) throws IOException {
        this.archive = archive;
        try {
            this.zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new DatasetFormatException(archive.toString(), "not a readable zip archive (" + e.getMessage() + ")", e);
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                continue;
            }
            String base = name.substring(name.lastIndexOf('/') + 1);
            ZipEntry previous = byBaseName.put(base, entry);
            if (previous != null) {
                zip.close();
                throw new DatasetFormatException(archive.toString(), "holds " + base + " twice ("
                        + previous.getName() + " and " + name + ")");
            }
        }
    }

    @Override
    public boolean exists(String fileName) {
        return byBaseName.containsKey(fileName);
    }

    @Override
    public byte[] read(String fileName) throws IOException {
        ZipEntry entry = byBaseName.get(fileName);
        if (entry == null) {
            throw new MissingDatasetFileException(location(fileName), "no entry of that name in " + archive);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw new DatasetFormatException(location(fileName), "corrupt zip entry (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String location(String fileName) {
        ZipEntry entry = byBaseName.get(fileName);
        return archive + "!/" + (entry == null ? fileName : entry.getName());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public String toString() {
        return archive.toString();
    }
}
