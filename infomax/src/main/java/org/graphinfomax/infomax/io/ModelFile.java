package org.graphinfomax.infomax.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.graphinfomax.graph.io.AtomicFiles;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The file format of trained models: a zip archive holding {@code model.json} (model type, format
 * version, the model's configuration, and the name and shape of every parameter) and the flat
 * parameter and buffer vectors of its {@link ParameterStore} as {@code params.npy} and
 * {@code buffers.npy} (readable with NumPy). Files are written atomically.
 *
 * <p>Loading checks that the file holds the expected model type and that every parameter has the
 * name and shape the receiving model expects, and says which one differs otherwise.
 */
public final class ModelFile {

    /** Version of the layout written by {@link #save}. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ModelFile() {
    }

    /**
     * What a model file holds.
     *
     * @param source the file, for messages
     * @param modelType the model's type name, e.g. {@code "DeepGraphInfomax"}
     * @param config the model's configuration as written by the model
     * @param parameters name, shape and kind of every parameter, in store order
     * @param params the flat trainable parameters
     * @param buffers the flat non-trainable buffers (e.g. batch-norm running statistics)
     */
    public record Contents(Path source, String modelType, JsonObject config, List<ParameterSpec> parameters,
            INDArray params, INDArray buffers) {

        /**
         * Checks the type.
         *
         * @throws GraphFormatException if the file holds another kind of model
         */
        public Contents requireType(String expected) throws GraphFormatException {
            if (!modelType.equals(expected)) {
                throw new GraphFormatException(source.toString(), 0, "holds a " + modelType + " model, not a " + expected);
            }
            return this;
        }

        /**
         * Copies the parameters into a store built from the same configuration.
         *
         * @throws IllegalArgumentException naming the first parameter whose name or shape differs
         */
        public void restoreInto(ParameterStore store) {
            List<ParameterSpec> expected = store.specs();
            Map<String, ParameterSpec> saved = new HashMap<>();
            for (ParameterSpec s : parameters) {
                saved.put(s.name(), s);
            }
            for (ParameterSpec e : expected) {
                ParameterSpec s = saved.get(e.name());
                if (s == null) {
                    throw new IllegalArgumentException(source + ": the model file has no parameter '" + e.name()
                            + "' that this configuration needs");
                }
                if (!Arrays.equals(s.shape(), e.shape()) || s.trainable() != e.trainable()) {
                    throw new IllegalArgumentException(source + ": parameter '" + e.name() + "' has shape "
                            + Arrays.toString(s.shape()) + " in the model file but " + Arrays.toString(e.shape())
                            + " in this configuration");
                }
            }
            if (parameters.size() != expected.size()) {
                throw new IllegalArgumentException(source + ": the model file has " + parameters.size()
                        + " parameters, this configuration " + expected.size());
            }
            if (params.length() != store.size() || buffers.length() != store.bufferSize()) {
                throw new IllegalArgumentException(source + ": parameter vectors of length " + params.length() + "/"
                        + buffers.length() + " do not match " + store.size() + "/" + store.bufferSize());
            }
            store.params().assign(params.reshape(1, params.length()).castTo(store.dataType()));
            if (store.bufferSize() > 0) {
                store.buffers().assign(buffers.reshape(1, buffers.length()).castTo(store.dataType()));
            }
        }
    }

    /** Writes a model atomically. */
    public static void save(Path file, String modelType, JsonObject config, ParameterStore store) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", "graph-infomax model");
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.addProperty("modelType", modelType);
        root.add("config", config);
        JsonArray parameters = new JsonArray();
        for (ParameterSpec s : store.specs()) {
            JsonObject p = new JsonObject();
            p.addProperty("name", s.name());
            p.add("shape", GSON.toJsonTree(s.shape()));
            p.addProperty("trainable", s.trainable());
            parameters.add(p);
        }
        root.add("parameters", parameters);
        byte[] json = GSON.toJson(root).getBytes(StandardCharsets.UTF_8);
        byte[] params = Nd4j.toNpyByteArray(store.params().dup('c'));
        byte[] buffers = Nd4j.toNpyByteArray(store.bufferSize() > 0 ? store.buffers().dup('c')
                : Nd4j.create(store.dataType(), 1, 0));
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            putEntry(zip, "model.json", json);
            putEntry(zip, "params.npy", params);
            putEntry(zip, "buffers.npy", buffers);
            zip.finish();
        });
    }

    /**
     * Reads a model file.
     *
     * @throws GraphFormatException if the file is not a model file of a known version or is damaged
     * @throws java.nio.file.NoSuchFileException if it does not exist
     */
    public static Contents read(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        } catch (IOException e) {
            throw new GraphFormatException(file.toString(), 0, "not a readable model file (" + e.getMessage() + ")", e);
        }
        for (String name : List.of("model.json", "params.npy", "buffers.npy")) {
            if (!entries.containsKey(name)) {
                throw new GraphFormatException(file.toString(), 0, "not a graph-infomax model file: entry " + name + " is missing");
            }
        }
        try {
            JsonObject root = GSON.fromJson(new String(entries.get("model.json"), StandardCharsets.UTF_8), JsonObject.class);
            int version = root.get("formatVersion").getAsInt();
            if (version != FORMAT_VERSION) {
                throw new GraphFormatException(file.toString(), 0, "model format version " + version
                        + " is not supported (this version reads " + FORMAT_VERSION + ")");
            }
            List<ParameterSpec> specs = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("parameters")) {
                JsonObject p = e.getAsJsonObject();
                specs.add(new ParameterSpec(p.get("name").getAsString(), GSON.fromJson(p.get("shape"), long[].class),
                        (target, rng) -> { }, p.get("trainable").getAsBoolean()));
            }
            return new Contents(file, root.get("modelType").getAsString(), root.getAsJsonObject("config"), specs,
                    Nd4j.createNpyFromByteArray(entries.get("params.npy")),
                    Nd4j.createNpyFromByteArray(entries.get("buffers.npy")));
        } catch (JsonParseException | NullPointerException | IllegalStateException | ClassCastException e) {
            throw new GraphFormatException(file.toString(), 0, "damaged model description: " + e.getMessage(), e);
        }
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
