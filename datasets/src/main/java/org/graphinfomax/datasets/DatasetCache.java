package org.graphinfomax.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;
import org.graphinfomax.graph.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of downloaded dataset files, each verified by SHA-256 before it is used.
 *
 * <p>{@link #fetch(RemoteFile)} returns the cached copy when it is present and has the expected
 * digest, and otherwise downloads it with the JDK's {@link HttpClient}: into a temporary file in
 * the target folder, whose digest is checked before it is moved into place in one atomic step.
 * A failed download (HTTP error, broken-off transfer, wrong digest) leaves nothing behind.
 * {@link #fetchExtracted(RemoteFile, String)} also unpacks a zip archive, refusing entries that
 * would land outside the target folder.
 *
 * <p>The directory is, in order of precedence: the one given to the constructor; the system
 * property {@value #DIRECTORY_PROPERTY}; the environment variable {@value #DIRECTORY_ENV};
 * {@code ~/.graphinfomax/datasets}.
 */
public final class DatasetCache {

    /** System property naming the cache directory. */
    public static final String DIRECTORY_PROPERTY = "graphinfomax.cache.dir";
    /** Environment variable naming the cache directory (when the system property is not set). */
    public static final String DIRECTORY_ENV = "GRAPHINFOMAX_CACHE_DIR";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetCache.class);
    private static final int BUFFER_SIZE = 1 << 16;

    private final Path directory;
    private final HttpClient client;
    private final Duration responseTimeout;

    /** A cache in {@code directory} with a default HTTP client (redirects followed, 30 s to connect and to respond). */
    public DatasetCache(Path directory) {
        this(directory, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build(), Duration.ofSeconds(30));
    }

    /**
     * @param directory the cache directory (created when first needed)
     * @param client the HTTP client for downloads
     * @param responseTimeout how long to wait for the response headers of a download
     */
    public DatasetCache(Path directory, HttpClient client, Duration responseTimeout) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
        this.client = Objects.requireNonNull(client, "client");
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    /** The cache in {@link #defaultDirectory()}. */
    public static DatasetCache defaultCache() {
        return new DatasetCache(defaultDirectory());
    }

    /** The system property's directory, else the environment variable's, else {@code ~/.graphinfomax/datasets}. */
    public static Path defaultDirectory() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
        String env = System.getenv(DIRECTORY_ENV);
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        return Paths.get(System.getProperty("user.home"), ".graphinfomax", "datasets");
    }

    /** The cache directory. */
    public Path directory() {
        return directory;
    }

    /** Where {@code file} is (or would be) kept in this cache. */
    public Path pathOf(RemoteFile file) {
        return directory.resolve(file.cachePath());
    }

    /** Whether {@code file} is in the cache with the expected digest. */
    public boolean isCached(RemoteFile file) throws IOException {
        Path path = pathOf(file);
        return Files.isRegularFile(path) && Sha256.of(path).equals(file.sha256());
    }

    /**
     * The verified cached copy of {@code file}, downloaded first if it is absent or damaged.
     *
     * @throws DownloadException for an HTTP error status, a broken-off transfer or a network failure
     * @throws ChecksumMismatchException if what arrived does not have the expected digest
     */
    public Path fetch(RemoteFile file) throws IOException {
        Path target = pathOf(file);
        if (Files.isRegularFile(target)) {
            String cached = Sha256.of(target);
            if (cached.equals(file.sha256())) {
                LOG.debug("{} is cached and valid", target);
                return target;
            }
            LOG.warn("cached {} has SHA-256 {}, expected {}; downloading it again", target, cached, file.sha256());
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            LOG.info("downloading {} to {}", file.uri(), target);
            String actual = download(file.uri(), temp);
            if (!actual.equals(file.sha256())) {
                throw new ChecksumMismatchException(file.uri(), file.sha256(), actual, file.checksumSource());
            }
            AtomicFiles.moveIntoPlace(temp, target);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The folder {@code folderName} of the cache holding the extracted content of the zip archive
     * {@code zip}, which is fetched (and verified) first. The folder only ever appears complete:
     * the archive is unpacked into a temporary folder that is then renamed.
     *
     * @throws DatasetFormatException if the archive is unreadable or an entry would escape the folder
     */
    public Path fetchExtracted(RemoteFile zip, String folderName) throws IOException {
        Path target = directory.resolve(RemoteFile.requireSafeRelativePath(folderName));
        Path archive = fetch(zip);
        if (Files.isDirectory(target)) {
            return target;
        }
        ZipExtractor.extract(archive, target);
        return target;
    }

    /** Streams the body of a 200 response into {@code temp}; returns the SHA-256 of the bytes received. */
    private String download(URI uri, Path temp) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(responseTimeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException(uri, -1, "download of " + uri + " was interrupted", e);
        } catch (IOException e) {
            throw new DownloadException(uri, -1, "cannot download " + uri + ": " + e, e);
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            if (status != 200) {
                throw new DownloadException(uri, status, "HTTP status " + status + " for " + uri);
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MessageDigest digest = Sha256.newDigest();
            long received = 0;
            byte[] buffer = new byte[BUFFER_SIZE];
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel)) {
                while (true) {
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (IOException e) {
                        throw new DownloadException(uri, status, "transfer of " + uri + " broke off after " + received
                                + " bytes" + (announced >= 0 ? " of " + announced : "") + ": " + e.getMessage(), e);
                    }
                    if (n < 0) {
                        break;
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    received += n;
                }
                channel.force(true);
            }
            if (announced >= 0 && received != announced) {
                throw new DownloadException(uri, status, "transfer of " + uri + " ended after " + received
                        + " of " + announced + " bytes");
            }
            return Sha256.hex(digest.digest());
        }
    }

    @Override
    public String toString() {
        return "DatasetCache[" + directory + "]";
    }
}
