package org.graphinfomax.infomax.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.layers.GcnEncoder;
import org.graphinfomax.layers.GinEncoder;
import org.graphinfomax.layers.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void parametersAndBuffersRoundTrip() throws IOException {
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 3, new GinEncoder(7, 8, 3));
        store.buffers().assign(org.nd4j.linalg.factory.Nd4j.rand(DataType.FLOAT, 1, store.bufferSize()));
        JsonObject config = new JsonObject();
        config.addProperty("hidden", 8);
        Path file = dir.resolve("m/gin.model");
        ModelFile.save(file, "InfoGraph", config, store);

        ParameterStore other = ParameterStore.of(DataType.FLOAT, 99, new GinEncoder(7, 8, 3));
        assertNotEquals(store.params(), other.params());
        ModelFile.Contents contents = ModelFile.read(file).requireType("InfoGraph");
        assertEquals(8, contents.config().get("hidden").getAsInt());
        contents.restoreInto(other);
        assertEquals(store.params(), other.params());
        assertEquals(store.buffers(), other.buffers());
    }

    @Test
    void storesWithoutBuffersRoundTrip() throws IOException {
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, GcnEncoder.dgi(5));
        Path file = dir.resolve("dgi.model");
        ModelFile.save(file, "DeepGraphInfomax", new JsonObject(), store);
        ParameterStore other = ParameterStore.of(DataType.FLOAT, 2, GcnEncoder.dgi(5));
        ModelFile.read(file).restoreInto(other);
        assertEquals(store.params(), other.params());
    }

    @Test
    void mismatchesAndDamageAreExplained() throws IOException {
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, GcnEncoder.dgi(5));
        Path file = dir.resolve("dgi.model");
        ModelFile.save(file, "DeepGraphInfomax", new JsonObject(), store);
        ModelFile.Contents contents = ModelFile.read(file);
        var wrongType = assertThrows(GraphFormatException.class, () -> contents.requireType("InfoGraph"));
        assertTrue(wrongType.getMessage().endsWith("holds a DeepGraphInfomax model, not a InfoGraph"), wrongType.getMessage());
        var e = assertThrows(IllegalArgumentException.class,
                () -> contents.restoreInto(ParameterStore.of(DataType.FLOAT, 1, GcnEncoder.dgi(6))));
        assertTrue(e.getMessage().contains("has shape [5, 512] in the model file but [6, 512] in this configuration"), e.getMessage());

        Path garbage = Files.writeString(dir.resolve("garbage.model"), "not a zip");
        var g = assertThrows(GraphFormatException.class, () -> ModelFile.read(garbage));
        assertTrue(g.getMessage().contains("not a graph-infomax model file"), g.getMessage());
    }
}
