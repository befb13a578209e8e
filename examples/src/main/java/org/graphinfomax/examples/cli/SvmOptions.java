package org.graphinfomax.examples.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Option;

/**
 * The evaluation of graph embeddings by InfoGraph's protocol ({@link SvmCrossValidation}: an RBF
 * SVM, stratified 10-fold cross-validation repeated with different folds, C chosen inside each
 * training part), next to the no-learning baseline of summed node features
 * ({@link FeatureSumBaseline}) on the same folds, so that the learned embeddings' figure has a
 * reference. Every column is standardised on each training part first (see BENCHMARKS.md: eval-mode
 * batch norm can give a few graphs coordinates of 1e7, which flattens an RBF kernel on raw
 * columns); {@code --raw-columns} gives the reference code's protocol.
 */
public final class SvmOptions {

    @Option(names = "--no-eval", description = "Skip the SVM evaluation.")
    boolean skip;

    @Option(names = "--raw-columns",
            description = "Give the SVM the raw embedding columns, as the reference code does (default: each column "
                    + "standardised on the training part of every fold).")
    boolean rawColumns;

    @Option(names = "--svm-repeats", paramLabel = "N", defaultValue = "5",
            description = "Repetitions of the 10-fold SVM cross-validation (default: ${DEFAULT-VALUE}, as the paper).")
    int repeats;

    /**
     * Evaluates the embeddings and the baseline (unless {@code --no-eval}), prints one line and
     * returns the metrics for the run summary.
     *
     * @param seed seed of the fold assignment
     * @param threads threads for the folds, or null for all cores
     */
    JsonObject evaluate(GraphClassificationDataset data, INDArray embeddings, long seed, Integer threads,
            PrintWriter out) {
        JsonObject metrics = new JsonObject();
        if (skip) {
            out.println("SVM evaluation skipped (--no-eval).");
            return metrics;
        }
        if (data.numClasses() < 2) {
            out.println("Only one class of graphs: the SVM evaluation was skipped.");
            return metrics;
        }
        SvmCrossValidation.Builder builder = SvmCrossValidation.builder().repeats(repeats).seed(seed)
                .standardize(!rawColumns);
        if (threads != null) {
            builder.threads(threads);
        }
        SvmCrossValidation protocol = builder.build();
        AccuracySummary learned = protocol.evaluate(embeddings, data.labels()).summary();
        AccuracySummary baseline = protocol.evaluate(FeatureSumBaseline.embed(data.graphs()), data.labels()).summary();
        String name = String.format(Locale.ROOT, "RBF SVM, stratified 10-fold cross-validation x %d, C in "
                + "{1e-3..1e3} chosen by 5-fold CV inside each training part, %s columns", repeats,
                rawColumns ? "raw" : "standardised");
        out.printf(Locale.ROOT, "SVM accuracy (10-fold CV x %d): embeddings %s; summed node features (baseline) %s%n",
                repeats, learned, baseline);
        out.flush();
        metrics.add("svm", RunSummary.accuracy(name, learned));
        metrics.add("featureSumBaseline", RunSummary.accuracy(name + ", on the sum of each graph's node features",
                baseline));
        return metrics;
    }
}
