package org.graphinfomax.datasets;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file that can be downloaded into a {@link DatasetCache}: where it comes from, where it goes
 * in the cache, and the SHA-256 digest it must have, with the source of that digest (so an error
 * can say how far to trust it).
 *
 * @param uri the address to download from (http or https)
 * @param cachePath the relative path inside the cache, '/'-separated, without {@code ..}
 * @param sha256 the expected SHA-256 digest, 64 lower-case hex digits
 * @param checksumSource where the digest was taken from
 */
public record RemoteFile(URI uri, String cachePath, String sha256, String checksumSource) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    /**
     * @throws IllegalArgumentException if the address is not http(s), the digest is malformed or
     *     the cache path could leave the cache directory
     */
    public RemoteFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(checksumSource, "checksumSource");
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http and https downloads are supported, got " + uri);
        }
        if (!SHA256.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
            throw new IllegalArgumentException("SHA-256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
        requireSafeRelativePath(cachePath);
    }

    /**
     * Checks that a '/'-separated path stays inside the directory it is resolved against.
     *
     * @throws IllegalArgumentException if it is empty, absolute or has a segment such as {@code ..}
     */
    static String requireSafeRelativePath(String path) {
        Objects.requireNonNull(path, "path");
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                throw new IllegalArgumentException("unsafe cache path '" + path + "': segment '" + segment
                        + "' is not a plain file or folder name");
            }
        }
        return path;
    }
}
