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
        SparseMatmul.checkOperands(a, x);
        if (a.nnz() == 0 || x.columns() == 0) {
            return Nd4j.zeros(x.dataType(), a.rows(), x.columns());
        }
        Nd4jCoo coo = a.nd4jCoo();
        INDArray gathered = Nd4j.exec(new Gather(x, coo.colIndex, 0))[0];
        gathered.muliColumnVector(coo.values(x.dataType()));
        return Nd4j.exec(new UnsortedSegmentSum(gathered, coo.rowIndex, a.rows()))[0];
    }
}
