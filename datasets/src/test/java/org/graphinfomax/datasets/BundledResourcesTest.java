package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled files are byte-for-byte the distributed ones (digests from the data README). */
class BundledResourcesTest {

    private static final Map<String, String> MUTAG_SHA256 = Map.of(
            "MUTAG_A.txt", "d9656ca7493f3445d737c711710bb36fd432dddd1c0ea32e1d4713c86ebd28e2",
            "MUTAG_edge_labels.txt", "4669ce755075ff86c3240709345745886400908fa637a49310459b9c267b3e56",
            "MUTAG_graph_indicator.txt", "7d520a4d6c7961c0cdeabe076d8fe27e795b6d373485c9a2b744987e560a2056",
            "MUTAG_graph_labels.txt", "a1518ea39ba3426bd42f57396b9c4baffe68e9adc718caeeab0119c6591a5f2c",
            "MUTAG_node_labels.txt", "678f429965490e84dd27713017538c995fc05d1621beac910848b600015ee863",
            "README.txt", "66de65e4826e112482ec680bbbdf7c0af56d826ce935c110786d130b79b76b06");

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = BundledResourcesTest.class.getClassLoader()
                .getResourceAsStream("org/graphinfomax/datasets/bundled/" + path)) {
            assertNotNull(in, "resource " + path + " is not bundled");
            return in.readAllBytes();
        }
    }

    @Test
    void coraFilesMatchTheCatalogAndTheDataFolder() throws IOException {
        DatasetCatalog catalog = DatasetCatalog.standard();
        for (String part : Planetoid.PARTS) {
            String name = Planetoid.fileName("cora", part);
            String bundled = Sha256.of(resource("planetoid/" + name));
            assertEquals(catalog.planetoidFile("cora", part).sha256(), bundled, name);
            assertEquals(Sha256.of(TestData.file(TestData.planetoid().resolve(name))), bundled, name);
        }
    }

    @Test
    void mutagFilesMatchTheReadmeAndTheDataFolder() throws IOException {
        for (Map.Entry<String, String> e : MUTAG_SHA256.entrySet()) {
            String bundled = Sha256.of(resource("tu/MUTAG/" + e.getKey()));
            assertEquals(e.getValue(), bundled, e.getKey());
            assertEquals(Sha256.of(Files.readAllBytes(TestData.file(TestData.tu("MUTAG").resolve(e.getKey())))), bundled);
        }
        assertNotNull(BundledResourcesTest.class.getClassLoader()
                .getResource("org/graphinfomax/datasets/bundled/NOTICE.md"), "the sources are cited next to the data");
    }
}
