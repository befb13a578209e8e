package org.graphinfomax.infomax.infograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.SemiSupervisedCrossValidation;
import org.graphinfomax.infomax.infograph.InfoGraphStar;
import org.graphinfomax.infomax.infograph.SupervisedTask;

/**
 * Semi-supervised graph classification: 10-fold stratified cross-validation in which 10% of each
 * fold's training graphs (stratified) keep their labels and all training graphs serve as unlabelled
 * data; supervised-only, single-encoder (supervised + lambda x InfoGraph) and InfoGraph* are trained
 * with the same settings, folds and labelled samples, for a FIXED number of epochs, and scored on
 * the test folds.
 *
 * <p>Arguments: {@code --datasets PROTEINS,NCI1}, {@code --variants
 * SUPERVISED_ONLY,SINGLE_ENCODER,INFOGRAPH_STAR}, {@code --epochs 20}, {@code --layers 5},
 * {@code --hidden 32}, {@code --lr 0.001}, {@code --lambda 0.001}, {@code --batch 128},
 * {@code --fraction 0.1}, {@code --folds 10}, {@code --seed 0}, {@code --threads 2}.
 */
public final class SemiSupervisedBenchmark {

    private SemiSupervisedBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv);
        ComputeThreads.setParallelism(args.integer("threads", 2));
        long seed = args.longValue("seed", 0);
        SemiSupervisedCrossValidation protocol = SemiSupervisedCrossValidation.of(args.integer("folds", 10),
                args.real("fraction", 0.1), seed);
        List<String> rows = new ArrayList<>();
        for (String name : args.list("datasets", "PROTEINS")) {
            GraphClassificationDataset data = BenchData.load(name);
            System.out.println(name + ": " + data);
            for (String variantName : args.list("variants", "SUPERVISED_ONLY,SINGLE_ENCODER,INFOGRAPH_STAR")) {
                InfoGraphStar.Variant variant = InfoGraphStar.Variant.valueOf(variantName);
                long start = System.nanoTime();
                SemiSupervisedCrossValidation.Result result = protocol.evaluate(data.graphs(), data.labels(),
                        (labelled, labels, unlabelled, test, foldSeed) -> {
                            InfoGraphStar model = InfoGraphStar.builder(data.numFeatures(),
                                            SupervisedTask.classification(data.numClasses()))
                                    .variant(variant).numLayers(args.integer("layers", 5))
                                    .hiddenSize(args.integer("hidden", 32)).learningRate(args.real("lr", 0.001))
                                    .lambda(args.real("lambda", 0.001)).batchSize(args.integer("batch", 128))
                                    .epochs(args.integer("epochs", 20)).seed(foldSeed).build();
                            model.fit(labelled, labels, unlabelled);
                            int[] predicted = model.predictClasses(test);
                            System.out.printf(Locale.ROOT, "  %s fold: %d labelled, %d unlabelled, test accuracy %.4f%n",
                                    variant, labelled.size(), unlabelled.size(), accuracy(predicted, test));
                            return predicted;
                        });
                double minutes = (System.nanoTime() - start) / 60e9;
                AccuracySummary s = result.summary();
                String row = String.format(Locale.ROOT, "| %s | %s | %.2f +- %.2f | %d | %.1f |", name, variant,
                        100 * s.mean(), 100 * s.std(), result.labelledCounts()[0], minutes);
                System.out.println(row);
                rows.add(row);
            }
        }
        System.out.println();
        System.out.println("| dataset | variant | accuracy (10-fold, mean +- std over folds) | labelled graphs (fold 1) "
                + "| minutes |");
        System.out.println("|---|---|---|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static double accuracy(int[] predicted, List<org.graphinfomax.graph.Graph> test) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.get(i).graphLabel().getAsInt() ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }
}
