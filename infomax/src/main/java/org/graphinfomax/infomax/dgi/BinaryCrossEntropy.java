package org.graphinfomax.infomax.dgi;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Mean binary cross-entropy with logits, positives labelled 1 and negatives 0:
 * (Σ softplus(-p) + Σ softplus(q)) / (N + M), with softplus(x) = max(x, 0) + log1p(exp(-|x|)) so
 * no score overflows. Gradients: (sigmoid(p) - 1) / (N + M) and sigmoid(q) / (N + M).
 */
final class BinaryCrossEntropy implements DgiObjective {

    static final BinaryCrossEntropy INSTANCE = new BinaryCrossEntropy();

    private BinaryCrossEntropy() {
    }

    @Override
    public Loss evaluate(INDArray positive, INDArray negative) {
        double count = positive.length() + negative.length();
        double loss = (softplusSum(positive.neg()) + softplusSum(negative)) / count;
        INDArray gradPositive = Transforms.sigmoid(positive, true).subi(1.0).divi(count);
        INDArray gradNegative = Transforms.sigmoid(negative, true).divi(count);
        return new Loss(loss, gradPositive, gradNegative);
    }

    /** Σ softplus(x), stably. */
    static double softplusSum(INDArray x) {
        INDArray abs = Transforms.abs(x, true);
        INDArray tail = Transforms.log(Transforms.exp(abs.negi(), false).addi(1.0), false);
        return Transforms.relu(x, true).addi(tail).sumNumber().doubleValue();
    }

    @Override
    public String name() {
        return "BCE";
    }

    @Override
    public String toString() {
        return "binary cross-entropy";
    }
}
