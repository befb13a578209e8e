package org.graphinfomax.examples.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.graphinfomax.graph.io.AtomicFiles;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine-readable record of a run, written as {@code summary.json}: the command and its
 * configuration, the seed, the data, every epoch's loss and time, the metrics and the time each
 * phase took.
 */
public final class RunSummary {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final JsonObject root = new JsonObject();
    private final JsonObject timings = new JsonObject();
    private final long started = System.nanoTime();

    /**
     * @param command the subcommand, e.g. "dgi"
     * @param seed the run's seed
     */
    public RunSummary(String command, long seed) {
        root.addProperty("tool", "graph-infomax " + GraphInfomaxCli.version());
        root.addProperty("command", command);
        root.addProperty("startedAt", Instant.now().toString());
        root.addProperty("seed", seed);
        JsonObject environment = new JsonObject();
        environment.addProperty("java", System.getProperty("java.version"));
        environment.addProperty("backend", Nd4j.getBackend().getClass().getSimpleName());
        environment.addProperty("threads", ThreadSettings.describe());
        String omp = System.getenv("OMP_NUM_THREADS");
        environment.addProperty("OMP_NUM_THREADS", omp == null ? "unset" : omp);
        root.add("environment", environment);
        root.add("timingsSeconds", timings);
    }

    /** The top-level object, to add sections to. */
    public JsonObject root() {
        return root;
    }

    /** Records how long a phase took. */
    public void timing(String phase, double seconds) {
        timings.addProperty(phase, seconds);
    }

    /** The training record: epochs, kept epoch, stop reason, times and every loss. */
    public static JsonObject training(TrainingHistory history) {
        JsonObject o = new JsonObject();
        o.addProperty("epochs", history.epochCount());
        o.addProperty("bestEpoch", history.bestEpoch());
        o.addProperty("bestLoss", history.bestLoss());
        o.addProperty("stopReason", history.stopReason().name());
        o.addProperty("totalSeconds", history.totalSeconds());
        o.addProperty("medianEpochSeconds", history.medianEpochSeconds());
        JsonArray losses = new JsonArray();
        JsonArray seconds = new JsonArray();
        for (EpochStats e : history.epochs()) {
            losses.add(e.loss());
            seconds.add(e.seconds());
        }
        o.add("losses", losses);
        o.add("epochSeconds", seconds);
        return o;
    }

    /** An accuracy summary: mean, standard deviation and every run. */
    public static JsonObject accuracy(String protocol, AccuracySummary summary) {
        JsonObject o = new JsonObject();
        o.addProperty("protocol", protocol);
        o.addProperty("mean", summary.mean());
        o.addProperty("std", summary.std());
        JsonArray runs = new JsonArray();
        for (double r : summary.runs()) {
            runs.add(r);
        }
        o.add("runs", runs);
        return o;
    }

    /** Writes the summary (with the total time so far) atomically. */
    public void write(Path file) throws IOException {
        timing("total", (System.nanoTime() - started) / 1e9);
        AtomicFiles.writeString(file, GSON.toJson(root) + "\n");
    }
}
