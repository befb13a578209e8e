package org.graphinfomax.infomax.dgi.bench;

import java.util.Collections;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseMatrix;
import org.graphinfomax.graph.sampling.Block;
import org.graphinfomax.graph.sampling.NeighbourSampler;
import org.graphinfomax.layers.Encoder;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.FeatureLayer;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.graphinfomax.layers.SageEncoder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link SageEncoder} run full-batch on the whole graph, for {@code DeepGraphInfomax}: every layer
 * uses the one block whose targets and sources are all nodes and whose rows average all
 * neighbours. It lets the benchmark compare full-batch and mini-batch DGI with the same encoder.
 */
final class WholeGraphSageEncoder implements Encoder {

    private final SageEncoder sage;
    private SparseMatrix adjacencyOfBlock;
    private Block block;

    WholeGraphSageEncoder(SageEncoder sage) {
        this.sage = sage;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return sage.parameterSpecs();
    }

    @Override
    public void bind(ParameterViews views) {
        sage.bind(views);
    }

    @Override
    public EncoderForward encode(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        Block whole = blockOf(ctx.adjacency());
        INDArray x = FeatureLayer.dense(features, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        Forward pass = sage.forward(x, Collections.nCopies(sage.numLayers(), whole), mode, false);
        return new EncoderForward() {
            @Override
            public INDArray nodeEmbeddings() {
                return pass.output();
            }

            @Override
            public INDArray graphEmbeddings() {
                throw new IllegalStateException("this encoder produces node embeddings only");
            }

            @Override
            public boolean hasGraphEmbeddings() {
                return false;
            }

            @Override
            public void backward(INDArray gradNodes, INDArray gradGraphs) {
                if (gradNodes != null) {
                    pass.backward(gradNodes);
                }
            }
        };
    }

    /** The whole-graph block (all nodes as targets, in order), built once per adjacency. */
    private Block blockOf(SparseMatrix adjacency) {
        if (adjacency != adjacencyOfBlock) {
            int[] all = new int[adjacency.rows()];
            java.util.Arrays.setAll(all, i -> i);
            block = NeighbourSampler.full(adjacency, 1).sample(all, 0).blocks().get(0);
            adjacencyOfBlock = adjacency;
        }
        return block;
    }

    @Override
    public int inputSize() {
        return sage.inputSize();
    }

    @Override
    public int nodeEmbeddingSize() {
        return sage.nodeEmbeddingSize();
    }

    @Override
    public int graphEmbeddingSize() {
        return 0;
    }
}
