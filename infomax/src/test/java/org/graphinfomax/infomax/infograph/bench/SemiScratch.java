package org.graphinfomax.infomax.infograph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.infomax.eval.StratifiedKFold;
import org.graphinfomax.infomax.eval.StratifiedSampling;
import org.graphinfomax.infomax.infograph.InfoGraphStar;
import org.graphinfomax.infomax.infograph.SupervisedTask;

public final class SemiScratch {
    public static void main(String[] a) throws Exception {
        GraphClassificationDataset data = BenchData.load(a[0]);
        int[] labels = data.labels();
        StratifiedKFold.Fold fold = StratifiedKFold.split(labels, 10, 0).get(0);
        int[] train = fold.train();
        int[] chosen = StratifiedSampling.sample(Arrays.stream(train).map(i -> labels[i]).toArray(), 0.1, 0);
        List<Graph> labelled = new ArrayList<>();
        int[] y = new int[chosen.length];
        for (int k = 0; k < chosen.length; k++) { labelled.add(data.graph(train[chosen[k]])); y[k] = labels[train[chosen[k]]]; }
        List<Graph> unlabelled = new ArrayList<>();
        for (int i : train) unlabelled.add(data.graph(i));
        List<Graph> test = new ArrayList<>();
        for (int i : fold.test()) test.add(data.graph(i));
        int[] testY = Arrays.stream(fold.test()).map(i -> labels[i]).toArray();
        double lr = Double.parseDouble(a[1]);
        int epochs = Integer.parseInt(a[2]);
        InfoGraphStar m = InfoGraphStar.builder(data.numFeatures(), SupervisedTask.classification(2))
                .variant(InfoGraphStar.Variant.valueOf(a[3])).learningRate(lr).epochs(epochs).seed(1).build();
        m.fit(labelled, y, unlabelled, s -> {
            if (s.epoch() % 5 == 0) {
                int[] p = m.predictClasses(labelled);
                int c = 0; for (int i = 0; i < p.length; i++) c += p[i] == y[i] ? 1 : 0;
                int[] q = m.predictClasses(test);
                int d = 0; for (int i = 0; i < q.length; i++) d += q[i] == testY[i] ? 1 : 0;
                System.out.printf("epoch %d loss %.4f train acc %.3f test acc %.3f (%.1f s)%n", s.epoch(), s.loss(), (double) c / p.length, (double) d / q.length, s.seconds());
            }
        });
    }
}
