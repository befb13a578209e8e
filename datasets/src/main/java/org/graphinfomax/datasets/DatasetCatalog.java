package org.graphinfomax.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the benchmark files are published and the SHA-256 digest each must have.
 *
 * <ul>
 *   <li>Planetoid: {@code ind.<name>.<part>} under {@link #PLANETOID_BASE}, the Planetoid authors'
 *       repository (Yang, Cohen, Salakhutdinov, ICML 2016), from which PyG, GCN and DGI download.
 *       Digests: the files of that repository at commit {@code af6abf4}, as listed in the data
 *       README; {@code ind.pubmed.allx}'s digest is the Git-LFS object id recorded in
 *       D61-IA/FisherGCN.</li>
 *   <li>TU Dortmund: {@code <NAME>.zip} under {@link #TU_BASE}, the collection's current host
 *       (Morris et al., 2020). Digests: those of the 2016 archives as copied unmodified into
 *       bknyaz/graph_nn. The current host may have rebuilt an archive since; if so the download is
 *       refused with a {@link ChecksumMismatchException} that says where the digest came from, and
 *       {@link #withChecksum} lets a user who has checked the new archive accept it.</li>
 * </ul>
 *
 * <p>The digests live in the resource {@code org/graphinfomax/datasets/catalog.tsv}. Instances
 * are immutable; the {@code with...} methods return modified copies (for a mirror, or a test
 * server).
 */
public final class DatasetCatalog {

    /** The Planetoid authors' data folder. */
    public static final URI PLANETOID_BASE = URI.create("https://github.com/kimiyoung/planetoid/raw/master/data/");
    /** TU Dortmund's graph-kernel benchmark archives. */
    public static final URI TU_BASE = URI.create("https://www.chrsmrrs.com/graphkerneldatasets/");

    private static final String RESOURCE = "org/graphinfomax/datasets/catalog.tsv";

    /** An expected digest and where it comes from. */
    private record Checksum(String sha256, String source) {
    }

    private final URI planetoidBase;
    private final URI tuBase;
    private final Map<String, Checksum> checksums;

    private DatasetCatalog(URI planetoidBase, URI tuBase, Map<String, Checksum> checksums) {
        this.planetoidBase = asFolder(planetoidBase);
        this.tuBase = asFolder(tuBase);
        this.checksums = Collections.unmodifiableMap(checksums);
    }

    /** The canonical addresses and the digests of {@code catalog.tsv}. */
    public static DatasetCatalog standard() {
        return new DatasetCatalog(PLANETOID_BASE, TU_BASE, readChecksums());
    }

    /** This catalog with Planetoid files fetched from {@code base} instead (a mirror or a test server). */
    public DatasetCatalog withPlanetoidBase(URI base) {
        return new DatasetCatalog(base, tuBase, new LinkedHashMap<>(checksums));
    }

    /** This catalog with TU archives fetched from {@code base} instead. */
    public DatasetCatalog withTuBase(URI base) {
        return new DatasetCatalog(planetoidBase, base, new LinkedHashMap<>(checksums));
    }

    /**
     * This catalog with the digest of one cache path set (for a new dataset or a rebuilt archive).
     *
     * @param cachePath e.g. {@code "tu/REDDIT-BINARY.zip"} or {@code "planetoid/ind.cora.x"}
     * @param sha256 64 lower-case hex digits
     * @param source where the digest comes from, shown in errors
     */
    public DatasetCatalog withChecksum(String cachePath, String sha256, String source) {
        Map<String, Checksum> copy = new LinkedHashMap<>(checksums);
        copy.put(RemoteFile.requireSafeRelativePath(cachePath), new Checksum(sha256, source));
        return new DatasetCatalog(planetoidBase, tuBase, copy);
    }

    /**
     * One Planetoid file, e.g. {@code planetoidFile("cora", "allx")}.
     *
     * @throws IllegalArgumentException if the catalog has no digest for it
     */
    public RemoteFile planetoidFile(String name, String part) {
        String fileName = Planetoid.fileName(name, part);
        return remote(planetoidBase.resolve(fileName), "planetoid/" + fileName);
    }

    /**
     * The distributed zip archive of a TU dataset, e.g. {@code tuArchive("MUTAG")}.
     *
     * @throws IllegalArgumentException if the catalog has no digest for it
     */
    public RemoteFile tuArchive(String name) {
        String fileName = name + ".zip";
        return remote(tuBase.resolve(fileName), "tu/" + fileName);
    }

    /** The names of the TU datasets with a known archive digest. */
    public Set<String> tuDatasets() {
        Set<String> names = new TreeSet<>();
        for (String path : checksums.keySet()) {
            if (path.startsWith("tu/") && path.endsWith(".zip")) {
                names.add(path.substring(3, path.length() - 4));
            }
        }
        return names;
    }

    private RemoteFile remote(URI uri, String cachePath) {
        Checksum c = checksums.get(cachePath);
        if (c == null) {
            throw new IllegalArgumentException("no SHA-256 is known for " + cachePath + " (" + uri
                    + "); add one with DatasetCatalog.withChecksum");
        }
        return new RemoteFile(uri, cachePath, c.sha256(), c.source());
    }

    private static URI asFolder(URI base) {
        Objects.requireNonNull(base, "base");
        String s = base.toString();
        return s.endsWith("/") ? base : URI.create(s + "/");
    }

    private static Map<String, Checksum> readChecksums() {
        Map<String, Checksum> map = new LinkedHashMap<>();
        try (InputStream in = DatasetCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the datasets jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected path, sha256 and source");
                }
                map.put(fields[0], new Checksum(fields[1], fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return map;
    }
}
