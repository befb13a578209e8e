package org.graphinfomax.layers;

import org.graphinfomax.graph.ProductOptions;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One forward pass of a GCN layer after its projection: Z = Â·(Q·P) + b and H = act(Z), where P
 * is the projected input X·W and Q an optional row selection (DGI's row permutation, applied as a
 * column map of the sparse product instead of a separate gather).
 *
 * <p>On a kernel with row epilogues (the CPU) and an activation with a pointwise form (ReLU,
 * PReLU, identity), bias and activation run inside the sparse product and the backward pass is
 * one sweep ({@link LeakyPointwise}); otherwise the same math runs as separate ND4J operations,
 * which every backend supports. Both give the same results.
 */
final class GcnLayerPass {

    private final GcnConv conv;
    private final GraphContext ctx;
    private final INDArray output;
    private final INDArray preActivation;
    private final LeakyPointwise pointwise;
    private final Forward activationPass;

    private GcnLayerPass(GcnConv conv, GraphContext ctx, INDArray output, INDArray preActivation,
            LeakyPointwise pointwise, Forward activationPass) {
        this.conv = conv;
        this.ctx = ctx;
        this.output = output;
        this.preActivation = preActivation;
        this.pointwise = pointwise;
        this.activationPass = activationPass;
    }

    /**
     * Runs the propagation, bias and activation.
     *
     * @param projected (nodes x out) projected input
     * @param rowSelection row j of the propagated input is row rowSelection[j] of {@code projected}, or null
     */
    static GcnLayerPass run(GcnConv conv, ActivationLayer activation, INDArray projected, int[] rowSelection,
            GraphContext ctx, ForwardMode mode) {
        SparseMatrix a = ctx.gcnAdjacency();
        ProductOptions options = rowSelection == null ? ProductOptions.NONE : ProductOptions.NONE.columnMap(rowSelection);
        LeakyPointwise pointwise = ctx.propagation().supportsEpilogue() ? LeakyPointwise.of(activation) : null;
        if (pointwise != null) {
            INDArray z = pointwise.invertibleFromOutput() ? null
                    : Nd4j.createUninitialized(projected.dataType(), a.rows(), projected.columns());
            INDArray h = ctx.propagation().multiply(a, projected,
                    options.epilogue(pointwise.epilogue(conv.weights.biasValue(), z, (int) projected.columns())));
            return new GcnLayerPass(conv, ctx, h, z, pointwise, null);
        }
        INDArray z = ctx.propagation().multiply(a, projected, options);
        conv.weights.addBias(z);
        Forward act = activation.forwardInPlace(z, ctx, mode);
        return new GcnLayerPass(conv, ctx, act.output(), null, null, act);
    }

    /** H, the layer's output. */
    INDArray output() {
        return output;
    }

    /**
     * The gradient with respect to Z, accumulating the bias and activation parameter gradients;
     * may overwrite {@code gradOutput}.
     */
    INDArray backwardToPreActivation(INDArray gradOutput) {
        if (pointwise == null) {
            INDArray gz = activationPass.backward(gradOutput);
            conv.weights.accumulateBiasGradient(gz);
            return gz;
        }
        INDArray g = LeakyPointwise.contiguous(gradOutput);
        boolean fromOutput = preActivation == null;
        pointwise.backward(g, fromOutput ? output : preActivation, fromOutput, conv.weights.biasGradient());
        return g;
    }

    /** Â^T times the pre-activation gradient: the gradient with respect to the projected input. */
    INDArray backwardToProjected(INDArray gradOutput) {
        return ctx.propagation().transposeMultiply(ctx.gcnAdjacency(), backwardToPreActivation(gradOutput));
    }
}
