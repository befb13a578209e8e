package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The CI-sized end-to-end check: InfoGraph trained on the bundled MUTAG with the reference code's
 * defaults (5 GIN layers of 32, JSD, Adam 0.01, batches of 128, 20 epochs) gives embeddings on
 * which the SVM protocol (columns standardised on the training folds) is clearly more accurate than
 * on the no-learning baseline (the sum of each graph's one-hot atom labels), with the same folds.
 *
 * <p>Training at lr 0.01 is chaotic: one seed's accuracy moves by +-1.5 points with the seed and even
 * with float rounding, so the check is on the mean over three training seeds (BENCHMARKS.md,
 * InfoGraph section: seeds 0-4 gave 88.4, 86.5, 86.9, 86.0 and 89.0 % against 81.9 % for the
 * baseline), with a margin of three points, and every seed must beat the baseline.
 */
class InfoGraphMutagTest {

    private static final long[] SEEDS = {0, 1, 2};

    @Test
    void embeddingsBeatTheFeatureSumBaselineOnAverageOverSeeds() throws Exception {
        GraphClassificationDataset mutag = TUDataset.load("MUTAG");
        SvmCrossValidation svm = SvmCrossValidation.builder().repeats(5).seed(2024).standardize(true).build();
        double baseline = svm.evaluate(FeatureSumBaseline.embed(mutag.graphs()), mutag.labels()).summary().mean();
        double[] learned = new double[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            InfoGraph model = InfoGraph.builder(mutag.numFeatures()).seed(SEEDS[i]).build();
            TrainingHistory history = model.fit(mutag.graphs());
            double[] losses = history.losses();
            assertTrue(losses[losses.length - 1] < losses[0] / 4, "the loss falls: " + history);
            INDArray embeddings = model.embed(mutag.graphs());
            assertArrayEquals(new long[] {188, 160}, embeddings.shape());
            learned[i] = svm.evaluate(embeddings, mutag.labels()).summary().mean();
        }
        double mean = Arrays.stream(learned).average().orElseThrow();
        String figures = "InfoGraph per seed " + Arrays.toString(learned) + ", feature-sum baseline " + baseline;
        assertTrue(mean > baseline + 0.03, "the mean over seeds should clearly beat the baseline: " + figures);
        assertTrue(Arrays.stream(learned).allMatch(a -> a > baseline), "every seed should beat the baseline: " + figures);
    }
}
