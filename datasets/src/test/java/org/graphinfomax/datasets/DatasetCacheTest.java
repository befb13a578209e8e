package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads into the cache, against an HTTP server on 127.0.0.1 started by the test (no other network). */
class DatasetCacheTest {

    @TempDir
    Path cacheDir;

    private LoopbackServer server;
    private DatasetCache cache;
    private byte[] content;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        cache = new DatasetCache(cacheDir, HttpClient.newHttpClient(), Duration.ofSeconds(20));
        content = Files.readAllBytes(TestData.file(TestData.planetoid().resolve("ind.cora.y")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RemoteFile remote(String path, String sha256) {
        return new RemoteFile(server.uri(path), "planetoid/ind.cora.y", sha256, "a test");
    }

    /** Every regular file below the cache folder, relative to it. */
    private List<String> filesInCache() throws IOException {
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            return walk.filter(Files::isRegularFile).map(p -> cacheDir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void downloadsVerifiesAndThenReusesTheCachedCopy() throws IOException {
        server.serve("/y", content);
        RemoteFile file = remote("/y", Sha256.of(content));
        assertFalse(cache.isCached(file));
        Path path = cache.fetch(file);
        assertEquals(cacheDir.resolve("planetoid/ind.cora.y"), path);
        assertArrayEquals(content, Files.readAllBytes(path));
        assertEquals(List.of("planetoid/ind.cora.y"), filesInCache());
        assertEquals(1, server.requests("/y"));
        assertTrue(cache.isCached(file));
        assertEquals(path, cache.fetch(file));
        assertEquals(1, server.requests("/y"), "a valid cached file is not downloaded again");

        Files.writeString(path, "damaged");
        assertFalse(cache.isCached(file));
        assertArrayEquals(content, Files.readAllBytes(cache.fetch(file)));
        assertEquals(2, server.requests("/y"), "a damaged cached file is downloaded again");
    }

    @Test
    void aWrongChecksumIsRefusedAndNothingIsKept() throws IOException {
        server.serve("/y", content);
        String wrong = "0".repeat(64);
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> cache.fetch(remote("/y", wrong)));
        assertEquals(wrong, e.expected());
        assertEquals(Sha256.of(content), e.actual());
        assertEquals("SHA-256 of " + server.uri("/y") + " is " + Sha256.of(content) + ", expected " + wrong
                + " (expected digest from: a test); the file was not kept", e.getMessage());
        assertEquals(List.of(), filesInCache());
    }

    @Test
    void aTruncatedTransferIsRefusedAndNothingIsKept() throws IOException {
        server.serveTruncated("/y", content, content.length / 2);
        DownloadException e = assertThrows(DownloadException.class, () -> cache.fetch(remote("/y", Sha256.of(content))));
        assertFalse(e instanceof ChecksumMismatchException, e.getMessage());
        assertTrue(e.getMessage().startsWith("transfer of " + server.uri("/y")), e.getMessage());
        assertTrue(e.getMessage().contains("of " + content.length), e.getMessage());
        assertEquals(List.of(), filesInCache());
    }

    @Test
    void anHttpErrorIsReportedWithItsStatusAndNothingIsKept() throws IOException {
        DownloadException e = assertThrows(DownloadException.class, () -> cache.fetch(remote("/absent", Sha256.of(content))));
        assertEquals(404, e.statusCode());
        assertEquals(server.uri("/absent"), e.uri());
        assertEquals("HTTP status 404 for " + server.uri("/absent"), e.getMessage());
        assertEquals(List.of(), filesInCache());
    }

    @Test
    void planetoidFilesAreFetchedWithTheCatalogDigestsAndLoad() throws IOException {
        for (String part : Planetoid.PARTS) {
            String name = Planetoid.fileName("cora", part);
            server.serve("/mirror/" + name, Files.readAllBytes(TestData.file(TestData.planetoid().resolve(name))));
        }
        DatasetCatalog catalog = DatasetCatalog.standard().withPlanetoidBase(server.uri("/mirror"));
        Path folder = Planetoid.fetch("cora", cache, catalog);
        assertEquals(cacheDir.resolve("planetoid"), folder);
        NodeClassificationDataset fetched = Planetoid.load(folder, "cora");
        NodeClassificationDataset bundled = Planetoid.loadBundled("cora");
        assertEquals(bundled.graph().adjacency(), fetched.graph().adjacency());
        assertArrayEquals(bundled.labels(), fetched.labels());
        Planetoid.fetch("cora", cache, catalog);
        assertEquals(1, server.requests("/mirror/ind.cora.allx"));
    }

    @Test
    void tuArchivesAreFetchedExtractedAndLoaded(@TempDir Path work) throws IOException {
        Path zip = TUDatasetTest.zipOf(TestData.tu("MUTAG"), "MUTAG", work.resolve("MUTAG.zip"));
        byte[] archive = Files.readAllBytes(zip);
        server.serve("/tu/MUTAG.zip", archive);
        DatasetCatalog standard = DatasetCatalog.standard().withTuBase(server.uri("/tu/"));

        // The catalog's digest is that of the 2016 archive, not of the one this test zipped.
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> TUDataset.fetch("MUTAG", cache, standard));
        assertTrue(e.getMessage().contains("bknyaz/graph_nn"), e.getMessage());
        assertEquals(List.of(), filesInCache());

        DatasetCatalog catalog = standard.withChecksum("tu/MUTAG.zip", Sha256.of(archive), "zipped by the test");
        Path folder = TUDataset.fetch("MUTAG", cache, catalog);
        assertEquals(cacheDir.resolve("tu/MUTAG"), folder);
        assertTrue(Files.isRegularFile(folder.resolve("MUTAG/MUTAG_A.txt")));
        TUDatasetTest.assertSameGraphs(TUDataset.load(TestData.tu("MUTAG"), "MUTAG"), TUDataset.load(folder, "MUTAG"));
        assertEquals(folder, TUDataset.fetch("MUTAG", cache, catalog));
        assertEquals(2, server.requests("/tu/MUTAG.zip"), "one refused and one good download, then the cache");
    }

    @Test
    void zipEntriesThatEscapeTheFolderAreRefused(@TempDir Path work) throws IOException {
        for (String evil : List.of("../evil.txt", "MUTAG/../../evil.txt", "/tmp/evil-absolute.txt")) {
            Path zip = work.resolve("evil.zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("MUTAG/MUTAG_A.txt"));
                z.write("1, 2\n".getBytes());
                z.closeEntry();
                z.putNextEntry(new ZipEntry(evil));
                z.write("gotcha\n".getBytes());
                z.closeEntry();
            }
            byte[] archive = Files.readAllBytes(zip);
            server.serve("/evil.zip", archive);
            RemoteFile remote = new RemoteFile(server.uri("/evil.zip"), "tu/EVIL.zip", Sha256.of(archive), "a test");
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> cache.fetchExtracted(remote, "tu/EVIL"));
            assertEquals(cacheDir.resolve("tu/EVIL.zip") + "!/" + evil, e.file());
            assertTrue(e.getMessage().endsWith("zip entry would be written outside the extraction folder; archive refused"));
            assertFalse(Files.exists(cacheDir.resolve("tu/EVIL")));
            assertFalse(Files.exists(cacheDir.resolve("evil.txt")));
            assertFalse(Files.exists(cacheDir.resolve("tu/evil.txt")));
            assertFalse(Files.exists(Path.of("/tmp/evil-absolute.txt")));
            assertEquals(List.of("tu/EVIL.zip"), filesInCache(), "only the verified archive stays");
            try (Stream<Path> left = Files.list(cacheDir.resolve("tu"))) {
                assertEquals(List.of("EVIL.zip"), left.map(p -> p.getFileName().toString()).toList(),
                        "no half-extracted folder is left");
            }
            Files.delete(cacheDir.resolve("tu/EVIL.zip"));
        }
    }

    @Test
    void theDefaultDirectoryFollowsTheSystemProperty() {
        String before = System.getProperty(DatasetCache.DIRECTORY_PROPERTY);
        try {
            System.setProperty(DatasetCache.DIRECTORY_PROPERTY, cacheDir.toString());
            assertEquals(cacheDir, DatasetCache.defaultDirectory());
            assertEquals(cacheDir.toAbsolutePath(), DatasetCache.defaultCache().directory());
            System.clearProperty(DatasetCache.DIRECTORY_PROPERTY);
            if (System.getenv(DatasetCache.DIRECTORY_ENV) == null) {
                assertEquals(Path.of(System.getProperty("user.home"), ".graphinfomax", "datasets"),
                        DatasetCache.defaultDirectory());
            }
        } finally {
            if (before == null) {
                System.clearProperty(DatasetCache.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(DatasetCache.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    void remoteFilesRefuseUnsafePathsAndMalformedDigests() {
        URI uri = URI.create("https://example.org/x");
        String sha = "a".repeat(64);
        assertThrows(IllegalArgumentException.class, () -> new RemoteFile(uri, "../x", sha, "s"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteFile(uri, "/etc/x", sha, "s"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteFile(uri, "a//b", sha, "s"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteFile(uri, "x", "A".repeat(64), "s"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteFile(URI.create("file:///x"), "x", sha, "s"));
        assertEquals("tu/MUTAG.zip", new RemoteFile(uri, "tu/MUTAG.zip", sha, "s").cachePath());
    }

    @Test
    void theStandardCatalogPointsAtTheCanonicalHosts() {
        DatasetCatalog catalog = DatasetCatalog.standard();
        RemoteFile allx = catalog.planetoidFile("cora", "allx");
        assertEquals(URI.create("https://github.com/kimiyoung/planetoid/raw/master/data/ind.cora.allx"), allx.uri());
        assertEquals("9419ba2f26f5c35243db64aba110e0f35a04851609e0dc5433450676ca6b8543", allx.sha256());
        assertEquals("508e538e2abdccdd54c4d3e9f49d638b4af7107d85845f66ddea5a5152658b7e",
                catalog.planetoidFile("pubmed", "allx").sha256());
        RemoteFile nci1 = catalog.tuArchive("NCI1");
        assertEquals(URI.create("https://www.chrsmrrs.com/graphkerneldatasets/NCI1.zip"), nci1.uri());
        assertEquals("eae6b0c076d59e667c67de0039cfc3214eefb91a8dddc2fa3099126da02d4376", nci1.sha256());
        assertEquals(java.util.Set.of("MUTAG", "PTC_MR", "PROTEINS", "NCI1", "IMDB-BINARY", "IMDB-MULTI", "ENZYMES"),
                catalog.tuDatasets());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.tuArchive("REDDIT-BINARY"));
        assertTrue(e.getMessage().contains("withChecksum"), e.getMessage());
    }
}
