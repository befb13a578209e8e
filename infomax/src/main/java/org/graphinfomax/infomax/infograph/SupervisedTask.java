package org.graphinfomax.infomax.infograph;

import java.util.Arrays;
import java.util.Locale;
import org.graphinfomax.infomax.training.SettingChecks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What the supervised part of {@link InfoGraphStar} predicts, and its loss: classification into
 * {@code C} classes with the mean softmax cross-entropy of the logits, or regression of {@code T}
 * targets with the mean squared error (the reference's {@code F.mse_loss}, the mean over all
 * entries). Targets are held as a (graphs x outputs) matrix: one-hot rows for classes, the values
 * for regression.
 */
public final class SupervisedTask {

    /** The two kinds of task. */
    public enum Kind {
        /** Softmax cross-entropy over class logits. */
        CLASSIFICATION,
        /** Mean squared error of real-valued targets. */
        REGRESSION
    }

    private final Kind kind;
    private final int outputs;

    private SupervisedTask(Kind kind, int outputs) {
        this.kind = kind;
        this.outputs = outputs;
    }

    /** Classification into {@code classes} classes (at least 2). */
    public static SupervisedTask classification(int classes) {
        SettingChecks.require(classes >= 2, "classification needs at least 2 classes, got " + classes);
        return new SupervisedTask(Kind.CLASSIFICATION, classes);
    }

    /** Regression of {@code targets} values per graph (at least 1). */
    public static SupervisedTask regression(int targets) {
        SettingChecks.require(targets >= 1, "regression needs at least 1 target, got " + targets);
        return new SupervisedTask(Kind.REGRESSION, targets);
    }

    /** The task of a kind and output count, e.g. as read from a model file. */
    public static SupervisedTask of(Kind kind, int outputs) {
        return kind == Kind.CLASSIFICATION ? classification(outputs) : regression(outputs);
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** Number of classes or of regression targets: the width of the prediction head's output. */
    public int outputSize() {
        return outputs;
    }

    /**
     * The one-hot target matrix of class labels (outside any workspace).
     *
     * @throws IllegalStateException for a regression task
     * @throws IllegalArgumentException naming the first label outside [0, classes)
     */
    public INDArray classTargets(int[] labels, DataType type) {
        if (kind != Kind.CLASSIFICATION) {
            throw new IllegalStateException("class labels given to a regression task; give real-valued targets");
        }
        double[][] rows = new double[labels.length][outputs];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= outputs) {
                throw new IllegalArgumentException("labelled graph " + i + " has class " + labels[i]
                        + ", outside [0, " + outputs + ")");
            }
            rows[i][labels[i]] = 1.0;
        }
        return matrix(rows, type);
    }

    /**
     * The target matrix of real values (outside any workspace).
     *
     * @throws IllegalStateException for a classification task
     * @throws IllegalArgumentException naming the first row of the wrong width or with a value that is not finite
     */
    public INDArray valueTargets(double[][] values, DataType type) {
        if (kind != Kind.REGRESSION) {
            throw new IllegalStateException("real-valued targets given to a classification task; give class labels");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != outputs) {
                throw new IllegalArgumentException("labelled graph " + i + " has " + values[i].length
                        + " target values, the task " + outputs);
            }
            for (double v : values[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("labelled graph " + i + " has target " + v);
                }
            }
        }
        return matrix(values, type);
    }

    private static INDArray matrix(double[][] rows, DataType type) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createFromArray(rows).castTo(type);
        }
    }

    /**
     * The loss and its gradient.
     *
     * @param value the mean loss
     * @param gradient d loss / d predictions, or null when not requested
     */
    public record Loss(double value, INDArray gradient) {
    }

    /**
     * Evaluates the loss of a batch.
     *
     * @param predictions (n x outputs) logits or values, not modified
     * @param targets (n x outputs) one-hot rows or values
     * @param withGradient whether to return the gradient
     */
    public Loss loss(INDArray predictions, INDArray targets, boolean withGradient) {
        if (!Arrays.equals(predictions.shape(), targets.shape())) {
            throw new IllegalArgumentException("predictions of shape " + Arrays.toString(predictions.shape())
                    + " for targets of shape " + Arrays.toString(targets.shape()));
        }
        long n = predictions.rows();
        if (kind == Kind.REGRESSION) {
            INDArray diff = predictions.sub(targets);
            double value = diff.mul(diff).sumNumber().doubleValue() / diff.length();
            return new Loss(value, withGradient ? diff.muli(2.0 / diff.length()) : null);
        }
        // log-softmax with the row maximum subtracted: lse_i = m_i + log sum_c exp(z_ic - m_i)
        INDArray shifted = predictions.subColumnVector(predictions.max(true, 1));
        INDArray exp = Transforms.exp(shifted, true);
        INDArray rowSums = exp.sum(true, 1);
        INDArray logSums = Transforms.log(rowSums, true);
        double value = (logSums.sumNumber().doubleValue() - shifted.mul(targets).sumNumber().doubleValue()) / n;
        if (!withGradient) {
            return new Loss(value, null);
        }
        return new Loss(value, exp.diviColumnVector(rowSums).subi(targets).divi(n));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "[" + outputs + "]";
    }
}
