package org.graphinfomax.graph;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A sparse matrix's entries as ND4J arrays (row index, column index and value of every entry),
 * the form in which kernels made of ND4J operations consume it. Allocated outside any workspace so
 * it can be remembered by its matrix across training steps.
 */
final class Nd4jCoo {
    final INDArray rowIndex;
    final INDArray colIndex;
    private final INDArray floatValues;
    private volatile INDArray doubleValues;

    private Nd4jCoo(INDArray rowIndex, INDArray colIndex, INDArray floatValues) {
        this.rowIndex = rowIndex;
        this.colIndex = colIndex;
        this.floatValues = floatValues;
    }

    static Nd4jCoo of(SparseMatrix m) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new Nd4jCoo(Nd4j.createFromArray(m.rowIndices()), Nd4j.createFromArray(m.colIdxArray()),
                    Nd4j.createFromArray(m.valuesArray()).reshape(m.nnz(), 1));
        }
    }

    /** The values as an (nnz x 1) column of the given floating-point type. */
    INDArray values(DataType type) {
        if (type == DataType.FLOAT) {
            return floatValues;
        }
        if (type != DataType.DOUBLE) {
            throw new IllegalArgumentException("sparse products support FLOAT and DOUBLE, not " + type);
        }
        INDArray d = doubleValues;
        if (d == null) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                d = floatValues.castTo(DataType.DOUBLE);
            }
            doubleValues = d;
        }
        return d;
    }
}
