package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.graphinfomax.datasets.DatasetCache;
import org.graphinfomax.datasets.DatasetCatalog;
import org.graphinfomax.datasets.Planetoid;
import org.graphinfomax.datasets.RemoteFile;
import org.graphinfomax.datasets.TUDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code graph-infomax datasets}: lists the datasets the tool knows, says which are bundled in the
 * jar and which are in the download cache, and verifies every file it finds against its SHA-256
 * from the catalog. Exits with {@link ExitCodes#INPUT} if a file does not match.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the bundled and cached datasets and verify their SHA-256 checksums.",
            "Datasets that are not cached are downloaded (and verified) the first time a command uses them."})
public final class DatasetsCommand implements Callable<Integer>, Verbosity {

    private static final String BUNDLE = "org/graphinfomax/datasets/bundled/";

    @Spec
    private CommandSpec spec;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "The download cache (default: $GRAPHINFOMAX_CACHE_DIR or ~/.graphinfomax/datasets).")
    Path cacheDir;

    @Option(names = {"-v", "--verbose"}, description = "Show the stack trace of an error.")
    boolean verbose;

    /** The state of one dataset. */
    record Status(String name, String collection, String state, boolean ok) {
    }

    @Override
    public Integer call() throws IOException {
        DatasetCache cache = cacheDir != null ? new DatasetCache(cacheDir) : DatasetCache.defaultCache();
        DatasetCatalog catalog = DatasetCatalog.standard();
        List<Status> rows = new ArrayList<>();
        for (String name : Planetoid.NAMES) {
            List<RemoteFile> files = new ArrayList<>();
            for (String part : Planetoid.PARTS) {
                files.add(catalog.planetoidFile(name, part));
            }
            rows.add(name.equals(Planetoid.BUNDLED) ? bundled(name, "planetoid", files)
                    : cached(name, "planetoid", files, cache));
        }
        for (String name : catalog.tuDatasets()) {
            rows.add(TUDataset.BUNDLED.contains(name)
                    ? new Status(name, "TU", "bundled (text files of " + name + ".zip)", true)
                    : cached(name, "TU", List.of(catalog.tuArchive(name)), cache));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-12s %-10s %s%n", "DATASET", "COLLECTION", "STATUS");
        for (Status s : rows) {
            out.printf(Locale.ROOT, "%-12s %-10s %s%n", s.name(), s.collection(), s.state());
        }
        out.println("Cache: " + cache.directory());
        out.flush();
        long bad = rows.stream().filter(s -> !s.ok()).count();
        if (bad > 0) {
            throw CliException.input(bad + " dataset(s) failed verification; delete the listed files to download them again");
        }
        return ExitCodes.OK;
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    private static Status bundled(String name, String collection, List<RemoteFile> files) throws IOException {
        for (RemoteFile f : files) {
            String resource = BUNDLE + f.cachePath();
            try (InputStream in = Planetoid.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return new Status(name, collection, "bundled, but " + resource + " is missing from the jar", false);
                }
                String digest = sha256(in);
                if (!digest.equals(f.sha256())) {
                    return new Status(name, collection, "bundled, but " + f.cachePath() + " has SHA-256 " + digest
                            + ", expected " + f.sha256(), false);
                }
            }
        }
        return new Status(name, collection, "bundled, " + files.size() + " files verified", true);
    }

    private static Status cached(String name, String collection, List<RemoteFile> files, DatasetCache cache)
            throws IOException {
        int present = 0;
        for (RemoteFile f : files) {
            Path path = cache.pathOf(f);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            present++;
            String digest;
            try (InputStream in = Files.newInputStream(path)) {
                digest = sha256(in);
            }
            if (!digest.equals(f.sha256())) {
                return new Status(name, collection, "CHECKSUM MISMATCH: " + path + " has SHA-256 " + digest
                        + ", expected " + f.sha256() + " (" + f.checksumSource() + ")", false);
            }
        }
        if (present == 0) {
            return new Status(name, collection, "not cached (downloaded on first use)", true);
        }
        if (present < files.size()) {
            return new Status(name, collection, "partly cached (" + present + " of " + files.size()
                    + " files, verified; the rest is downloaded on first use)", true);
        }
        return new Status(name, collection, "cached, " + files.size() + (files.size() == 1 ? " file" : " files")
                + " verified", true);
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
