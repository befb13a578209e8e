package org.graphinfomax.infomax.mi.critic;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

/** Random minibatches without replacement within a batch, drawn from a fixed set of pairs. */
final class MinibatchSampler implements PairSampler {

    private final PairedBatch data;
    private final int[] order;

    MinibatchSampler(PairedBatch data) {
        this.data = data;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    @Override
    public PairedBatch sample(int batchSize, DataType type, Random rng) {
        if (batchSize > order.length) {
            throw new IllegalArgumentException("batch size " + batchSize + " exceeds the " + order.length
                    + " pairs of the data set");
        }
        for (int i = 0; i < batchSize; i++) {
            int pick = i + rng.nextInt(order.length - i);
            int held = order[i];
            order[i] = order[pick];
            order[pick] = held;
        }
        int[] rows = java.util.Arrays.copyOf(order, batchSize);
        return new PairedBatch(typed(data.x().getRows(rows), type), typed(data.y().getRows(rows), type));
    }

    private static INDArray typed(INDArray array, DataType type) {
        return array.dataType() == type ? array : array.castTo(type);
    }
}
