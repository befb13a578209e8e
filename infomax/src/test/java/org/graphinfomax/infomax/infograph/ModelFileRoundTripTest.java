package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.io.GraphFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Saved models give the same embeddings and predictions after loading; wrong files are named. */
class ModelFileRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void infoGraphEmbedsTheSameAfterLoading() throws Exception {
        List<Graph> graphs = TinyGraphs.graphs(12, 3, 1);
        InfoGraph model = InfoGraph.builder(3).hiddenSize(4).numLayers(2).batchSize(5).epochs(2).seed(3).build();
        model.fit(graphs);
        INDArray before = model.embed(graphs);
        assertArrayEquals(new long[] {12, 8}, before.shape());
        Path file = dir.resolve("model.infograph");
        model.save(file);
        InfoGraph loaded = InfoGraph.load(file);
        assertEquals(model.config(), loaded.config());
        assertEquals(before, loaded.embed(graphs));
    }

    @Test
    void infoGraphStarPredictsTheSameAfterLoading() throws Exception {
        List<Graph> graphs = TinyGraphs.graphs(10, 3, 2);
        int[] labels = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        InfoGraphStar model = InfoGraphStar.builder(3, SupervisedTask.classification(2)).hiddenSize(4).numLayers(2)
                .batchSize(4).epochs(2).seed(5).build();
        model.fit(graphs.subList(0, 4), java.util.Arrays.copyOf(labels, 4), graphs);
        Path file = dir.resolve("model.star");
        model.save(file);
        InfoGraphStar loaded = InfoGraphStar.load(file);
        assertEquals(model.config(), loaded.config());
        assertEquals(model.predict(graphs), loaded.predict(graphs));
        assertArrayEquals(model.predictClasses(graphs), loaded.predictClasses(graphs));
        assertEquals(model.embed(graphs), loaded.embed(graphs));
    }

    @Test
    void aFileOfAnotherModelTypeIsRejected() throws Exception {
        InfoGraphStar star = InfoGraphStar.builder(3, SupervisedTask.regression(1)).hiddenSize(4).numLayers(2).build();
        Path file = dir.resolve("star.model");
        star.save(file);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> InfoGraph.load(file));
        assertTrue(e.getMessage().contains("holds a InfoGraphStar model, not a InfoGraph"), e.getMessage());
        InfoGraph wider = InfoGraph.builder(4).hiddenSize(4).numLayers(2).build();
        Path other = dir.resolve("wider.model");
        wider.save(other);
        assertEquals(4, InfoGraph.load(other).config().inputSize());
    }

    @Test
    void aDamagedConfigurationIsNamedWithTheFile() throws Exception {
        Path file = dir.resolve("model.infograph");
        InfoGraph.builder(3).hiddenSize(4).numLayers(2).build().save(file);
        Path lacking = editConfig(file, "lacking.infograph", c -> c.remove("numLayers"));
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> InfoGraph.load(lacking));
        assertTrue(e.getMessage().contains("lacking.infograph") && e.getMessage().contains("lacks \"numLayers\""),
                e.getMessage());
        Path rejected = editConfig(file, "rejected.infograph", c -> c.addProperty("batchSize", 0));
        e = assertThrows(GraphFormatException.class, () -> InfoGraph.load(rejected));
        assertTrue(e.getMessage().contains("rejected.infograph") && e.getMessage().contains("batch size"),
                e.getMessage());
    }

    /** A copy of a model file with its configuration edited. */
    private Path editConfig(Path file, String name, Consumer<JsonObject> edit) throws IOException {
        Path out = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("model.json")) {
                    JsonObject root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
                    edit.accept(root.getAsJsonObject("config"));
                    bytes = root.toString().getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }
}
