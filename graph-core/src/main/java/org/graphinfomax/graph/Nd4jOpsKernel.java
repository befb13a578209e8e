package org.graphinfomax.graph;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sparse x dense as ND4J operations only: gather the rows of x named by the column indices, scale
 * each by its entry's value, and sum them into the output rows with an unsorted segment sum. Runs on
 * any ND4J backend; on the CPU it is slower than {@link CsrKernel}.
 */
enum Nd4jOpsKernel implements SparseMatmul {
    INSTANCE;

    @Override
    public INDArray multiply(SparseMatrix a, INDArray x) {
        return multiply(a, x, ProductOptions.NONE);
    }

    @Override
    public INDArray multiply(SparseMatrix a, INDArray x, ProductOptions options) {
        SparseMatmul.checkOperands(a, x, options);
        if (options.epilogueOrNull() != null) {
            throw new UnsupportedOperationException("row epilogues run only in the CPU kernel");
        }
        INDArray product;
        if (a.nnz() == 0 || x.columns() == 0) {
            product = Nd4j.zeros(x.dataType(), a.rows(), x.columns());
        } else {
            Nd4jCoo coo = a.nd4jCoo();
            INDArray columns = options.columnMap() == null ? coo.colIndex
                    : Nd4j.exec(new Gather(Nd4j.createFromArray(options.columnMap()), coo.colIndex, 0))[0];
            INDArray gathered = Nd4j.exec(new Gather(x, columns, 0))[0];
            gathered.muliColumnVector(coo.values(x.dataType()));
            product = Nd4j.exec(new UnsortedSegmentSum(gathered, coo.rowIndex, a.rows()))[0];
        }
        if (options.rowMap() != null) {
            product = Nd4j.exec(new Gather(product, Nd4j.createFromArray(options.rowMap()), 0))[0];
        }
        INDArray target = options.target();
        if (target == null) {
            return product;
        }
        return options.accumulate() ? target.addi(product) : target.assign(product);
    }
}
