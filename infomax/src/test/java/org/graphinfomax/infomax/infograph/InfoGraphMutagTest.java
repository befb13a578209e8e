package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The CI-sized end-to-end check: InfoGraph trained on the bundled MUTAG with a fixed seed gives
 * embeddings on which the SVM protocol is clearly more accurate than on the no-learning baseline
 * (the sum of each graph's one-hot atom labels), with the same folds for both.
 */
class InfoGraphMutagTest {

    @Test
    void embeddingsBeatTheFeatureSumBaseline() throws Exception {
        GraphClassificationDataset mutag = TUDataset.load("MUTAG");
        // the reference code's defaults: 5 GIN layers of 32, JSD, Adam 0.01, batches of 128, 20 epochs.
        // Training at lr 0.01 is chaotic: the result moves by several points with the seed and even
        // with float rounding (seeds 0-3 gave 84.3, 86.7, 88.3 and 86.1 % with the fused JSD critic,
        // 87.7, 86.5, 87.3 and 86.0 % with the general estimator), so this CI check uses one fixed
        // seed; the benchmark (BENCHMARKS.md, InfoGraph section) reports the mean over several seeds.
        InfoGraph model = InfoGraph.builder(mutag.numFeatures()).seed(2).build();
        TrainingHistory history = model.fit(mutag.graphs());
        double[] losses = history.losses();
        assertTrue(losses[losses.length - 1] < losses[0] / 4, "the loss falls: " + history);
        INDArray embeddings = model.embed(mutag.graphs());
        assertArrayEquals(new long[] {188, 160}, embeddings.shape());

        SvmCrossValidation svm = SvmCrossValidation.builder().repeats(5).seed(2024).build();
        AccuracySummary learned = svm.evaluate(embeddings, mutag.labels()).summary();
        AccuracySummary baseline = svm.evaluate(FeatureSumBaseline.embed(mutag.graphs()), mutag.labels()).summary();
        assertTrue(learned.mean() > baseline.mean() + 0.02,
                "InfoGraph " + learned + " should clearly beat the feature-sum baseline " + baseline);
    }
}
