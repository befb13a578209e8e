package org.graphinfomax.infomax.infograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unsupervised InfoGraph on TU datasets: trains for a FIXED number of epochs (chosen before
 * looking at any accuracy), embeds every graph, and evaluates the embeddings with the 5 x
 * stratified 10-fold SVM protocol (C chosen by inner 5-fold CV on the training folds only),
 * beside the no-learning baseline (sum of node features) through the same protocol.
 *
 * <p>Arguments ({@code --key value}): {@code --datasets MUTAG,PTC_MR} (default MUTAG),
 * {@code --epochs 20}, {@code --layers 5}, {@code --hidden 32}, {@code --lr 0.01},
 * {@code --batch 128}, {@code --seeds 0} (comma-separated training seeds; each seed trains and
 * evaluates one model), {@code --svm-repeats 5}, {@code --threads 2} (compute threads of the
 * sparse kernels), {@code --measure JSD}, {@code --prior} (prior term on).
 */
public final class UnsupervisedBenchmark {

    private UnsupervisedBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv);
        ComputeThreads.setParallelism(args.integer("threads", 2));
        int repeats = args.integer("svm-repeats", 5);
        List<String> rows = new ArrayList<>();
        for (String name : args.list("datasets", "MUTAG")) {
            GraphClassificationDataset data = BenchData.load(name);
            SvmCrossValidation svm = SvmCrossValidation.builder().repeats(repeats).seed(2024).build();
            long svmStart = System.nanoTime();
            AccuracySummary baseline = svm.evaluate(FeatureSumBaseline.embed(data.graphs()), data.labels()).summary();
            System.out.printf(Locale.ROOT, "%s: %s; baseline (sum of node features) %s, SVM protocol %.1f s%n", name,
                    data, baseline, (System.nanoTime() - svmStart) / 1e9);
            for (String seedText : args.list("seeds", "0")) {
                long seed = Long.parseLong(seedText);
                InfoGraph model = InfoGraph.builder(data.numFeatures())
                        .numLayers(args.integer("layers", 5)).hiddenSize(args.integer("hidden", 32))
                        .learningRate(args.real("lr", 0.01)).batchSize(args.integer("batch", 128))
                        .epochs(args.integer("epochs", 20)).measure(NamedMeasure.byName(args.string("measure", "JSD")))
                        .prior(args.flag("prior")).seed(seed).build();
                TrainingHistory history = model.fit(data.graphs(), s -> System.out.printf(Locale.ROOT,
                        "  seed %d epoch %3d loss %.4f (%.3f s)%n", seed, s.epoch(), s.loss(), s.seconds()));
                INDArray embeddings = model.embed(data.graphs());
                svmStart = System.nanoTime();
                AccuracySummary accuracy = svm.evaluate(embeddings, data.labels()).summary();
                System.out.printf(Locale.ROOT, "  SVM protocol on the embeddings: %.1f s%n", (System.nanoTime() - svmStart) / 1e9);
                String row = String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %.3f | %.1f | %.0f |", name, seed,
                        pct(accuracy), pct(baseline), history.epochCount(), history.medianEpochSeconds(),
                        history.totalSeconds(), BenchData.peakResidentMiB());
                System.out.println(row);
                rows.add(row);
            }
        }
        System.out.println();
        System.out.println("| dataset | seed | InfoGraph (SVM, 5x10-fold) | baseline: sum of features | epochs "
                + "| median s/epoch | train s | peak RSS MiB |");
        System.out.println("|---|---:|---|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String pct(AccuracySummary s) {
        return String.format(Locale.ROOT, "%.2f +- %.2f", 100 * s.mean(), 100 * s.std());
    }
}
