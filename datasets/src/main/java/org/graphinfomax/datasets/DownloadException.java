package org.graphinfomax.datasets;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * A dataset file could not be downloaded: an HTTP error status, a broken-off transfer or a
 * network failure. Nothing is left in the cache when this is thrown.
 */
public class DownloadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final int statusCode;

    /**
     * @param uri the address that was fetched
     * @param statusCode the HTTP status, or -1 if none was received or it is not the problem
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public DownloadException(URI uri, int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.statusCode = statusCode;
    }

    /** A failure without an underlying exception. */
    public DownloadException(URI uri, int statusCode, String message) {
        this(uri, statusCode, message, null);
    }

    /** The address that was fetched. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status code of the failed response, or -1. */
    public int statusCode() {
        return statusCode;
    }
}
