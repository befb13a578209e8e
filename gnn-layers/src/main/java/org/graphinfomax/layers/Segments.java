package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-graph reductions of node rows and their broadcasts back to nodes: ND4J segment operations
 * over the node-to-graph index for batches, plain column reductions for a single graph.
 */
final class Segments {

    private Segments() {
    }

    /** Throws unless {@code x} has one row per node of the context. */
    static void checkRows(INDArray x, GraphContext ctx, Object who) {
        if (x.rank() != 2 || x.rows() != ctx.numNodes()) {
            throw new IllegalArgumentException(who + " expects one row per node (" + ctx.numNodes() + "), got shape "
                    + java.util.Arrays.toString(x.shape()));
        }
    }

    /** Throws unless {@code g} has one row per graph and {@code columns} columns. */
    static void checkGraphRows(INDArray g, GraphContext ctx, long columns, Object who) {
        if (g.rank() != 2 || g.rows() != ctx.numGraphs() || g.columns() != columns) {
            throw new IllegalArgumentException(who + " expects a gradient of shape [" + ctx.numGraphs() + ", " + columns
                    + "], got " + java.util.Arrays.toString(g.shape()));
        }
    }

    /**
     * (numGraphs x d) sums of the rows of each graph: for a batch, the sparse product with the
     * (graphs x nodes) membership matrix through the context's propagation (on the CPU about twice
     * as fast as ND4J's unsorted segment sum).
     */
    static INDArray sum(INDArray x, GraphContext ctx) {
        if (ctx.isSingleGraph()) {
            // x^T·ones by BLAS gemv: about ten times faster than x.sum(0) for a tall x (DGI's summary)
            return MatrixVector.transposeTimes(x, Nd4j.ones(x.dataType(), x.rows())).reshape(1, x.columns());
        }
        return ctx.propagation().multiply(ctx.membership(), x);
    }

    /** (numGraphs x d) maxima of the rows of each graph. */
    static INDArray max(INDArray x, GraphContext ctx) {
        if (ctx.isSingleGraph()) {
            return x.max(true, 0);
        }
        return Nd4j.exec(new UnsortedSegmentMax(x, ctx.graphIndexArray(), ctx.numGraphs()))[0];
    }

    /** (nodes x d): row i is row graphOf(i) of {@code perGraph}. */
    static INDArray broadcast(INDArray perGraph, GraphContext ctx) {
        if (ctx.isSingleGraph()) {
            return Nd4j.zeros(perGraph.dataType(), ctx.numNodes(), perGraph.columns()).addiRowVector(perGraph);
        }
        return Nd4j.exec(new Gather(perGraph, ctx.graphIndexArray(), 0))[0];
    }
}
