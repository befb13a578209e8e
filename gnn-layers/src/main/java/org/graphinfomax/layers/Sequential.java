package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Layers applied one after the other. Parameters of layer i are named {@code i + "." + name}.
 * An {@link ActivationLayer} overwrites its input in place when the layer before it allows it
 * ({@link Layer#outputReusable()}), saving one array per activation. Raw node features are
 * accepted when the first layer is a {@link FeatureLayer}.
 */
public final class Sequential extends CompositeModule implements FeatureLayer {

    private final List<Layer> layers;

    /** @param layers at least one layer */
    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a sequential module needs at least one layer");
        }
        layers.forEach(l -> Objects.requireNonNull(l, "layer"));
        this.layers = List.copyOf(layers);
        for (int i = 0; i < this.layers.size(); i++) {
            addChild(i + ".", this.layers.get(i));
        }
    }

    /** @param layers at least one layer */
    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    /** The layers. */
    public List<Layer> layers() {
        return layers;
    }



    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        Forward first = layers.get(0).forward(input, ctx, mode);
        return chain(first, ctx, mode);
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        if (!(layers.get(0) instanceof FeatureLayer first)) {
            throw new IllegalStateException("the first layer " + layers.get(0) + " cannot take raw node features");
        }
        return chain(first.forward(features, ctx, mode), ctx, mode);
    }

    private Forward chain(Forward first, GraphContext ctx, ForwardMode mode) {
        List<Forward> passes = new ArrayList<>(layers.size());
        passes.add(first);
        for (int i = 1; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            INDArray in = passes.get(i - 1).output();
            boolean inPlace = layer instanceof ActivationLayer && layers.get(i - 1).outputReusable();
            passes.add(inPlace ? ((ActivationLayer) layer).forwardInPlace(in, ctx, mode) : layer.forward(in, ctx, mode));
        }
        return Forward.chain(passes);
    }

    /** Whether the last layer's output may be overwritten (see {@link Layer#outputReusable()}). */
    @Override
    public boolean outputReusable() {
        return layers.get(layers.size() - 1).outputReusable();
    }

    @Override
    public String toString() {
        return "Sequential" + layers;
    }
}
