package org.graphinfomax.infomax.infograph;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.infomax.io.ModelFile;
import org.graphinfomax.layers.ParameterStore;

/** Reading the model files of this package: type check, configuration, parameters. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** A model file's contents with its configuration already parsed. */
    record Loaded<C>(ModelFile.Contents contents, C config) {

        /** Copies the file's parameters into the store of the model built from {@link #config()}. */
        void restoreInto(ParameterStore store) {
            contents.restoreInto(store);
        }
    }

    /**
     * Reads a model file of the given type and parses its configuration.
     *
     * @throws GraphFormatException if the file holds another model type or a damaged configuration
     */
    static <C> Loaded<C> read(Path file, String modelType, Function<JsonObject, C> parser) throws IOException {
        ModelFile.Contents contents = ModelFile.read(file).requireType(modelType);
        try {
            return new Loaded<>(contents, parser.apply(contents.config()));
        } catch (RuntimeException e) {
            throw new GraphFormatException(file.toString(), 0, "damaged " + modelType + " configuration: "
                    + e.getMessage(), e);
        }
    }
}
