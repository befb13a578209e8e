package org.graphinfomax.datasets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 (an ephemeral port) for download tests: it serves registered byte
 * arrays, answers 404 for anything else, can cut a response short after announcing its full
 * length, and counts the requests per path.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> truncatedAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code content} at {@code path} (which starts with '/'). */
    void serve(String path, byte[] content) {
        files.put(path, content);
    }

    /** Announces the full length of {@code content} at {@code path} but sends only {@code bytes} of it. */
    void serveTruncated(String path, byte[] content, int bytes) {
        files.put(path, content);
        truncatedAt.put(path, bytes);
    }

    /** The address of {@code path} on this server. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** How many requests {@code path} has had. */
    int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        byte[] content = files.get(path);
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, content.length);
        Integer cut = truncatedAt.get(path);
        OutputStream body = exchange.getResponseBody();
        if (cut == null) {
            body.write(content);
            body.close();
            return;
        }
        body.write(content, 0, cut);
        body.flush();
        // Closing with bytes still owed makes the server drop the connection mid-body.
        try {
            exchange.close();
        } catch (RuntimeException expected) {
            // The server reports the short body; the client sees the connection end.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
