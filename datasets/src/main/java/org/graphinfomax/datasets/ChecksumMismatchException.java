package org.graphinfomax.datasets;

import java.net.URI;

/**
 * A downloaded file does not have the SHA-256 digest the catalog expects for it. The file is not
 * kept in the cache. The message names the address, both digests and where the expected digest
 * comes from.
 */
public class ChecksumMismatchException extends DownloadException {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    /**
     * @param uri where the file was downloaded from
     * @param expected the expected SHA-256 (lower-case hex)
     * @param actual the SHA-256 of what arrived
     * @param checksumSource where the expected digest was taken from
     */
    public ChecksumMismatchException(URI uri, String expected, String actual, String checksumSource) {
        super(uri, -1, "SHA-256 of " + uri + " is " + actual + ", expected " + expected
                + " (expected digest from: " + checksumSource + "); the file was not kept", null);
        this.expected = expected;
        this.actual = actual;
    }

    /** The expected SHA-256 digest (lower-case hex). */
    public String expected() {
        return expected;
    }

    /** The SHA-256 digest of the downloaded bytes (lower-case hex). */
    public String actual() {
        return actual;
    }
}
