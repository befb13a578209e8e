package org.graphinfomax.infomax.mi.critic;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Shape checks shared by the critics. */
final class CriticInputs {

    private CriticInputs() {
    }

    /**
     * @throws IllegalArgumentException unless x and y are matrices with the critic's column counts and the same
     *                                  number of rows
     */
    static void check(Critic critic, INDArray x, INDArray y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        requireColumns(critic, "x", x, critic.xSize());
        requireColumns(critic, "y", y, critic.ySize());
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(critic + ": x has " + x.rows() + " rows but y has " + y.rows()
                    + "; the samples must be paired row by row");
        }
    }

    private static void requireColumns(Critic critic, String name, INDArray input, int columns) {
        if (input.rank() != 2 || input.columns() != columns || input.rows() < 1) {
            throw new IllegalArgumentException(critic + " expects " + name + " of shape K x " + columns + ", got "
                    + Arrays.toString(input.shape()));
        }
    }

    /** @return sizes {@code first, middle..., last} */
    static int[] sizes(int first, int[] middle, int last) {
        int[] sizes = new int[middle.length + 2];
        sizes[0] = first;
        System.arraycopy(middle, 0, sizes, 1, middle.length);
        sizes[sizes.length - 1] = last;
        return sizes;
    }
}
