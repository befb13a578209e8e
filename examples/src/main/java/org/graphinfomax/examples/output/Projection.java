package org.graphinfomax.examples.output;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;

/**
 * Two-dimensional projections of embeddings for plotting: principal component analysis, the
 * centred embeddings projected on the two leading eigenvectors of their covariance matrix (ND4J's
 * symmetric eigensolver).
 */
public final class Projection {

    private Projection() {
    }

    /**
     * The embeddings projected on their first two principal components.
     *
     * @param embeddings one row per point, at least two columns
     * @return one {x, y} pair per row
     */
    public static double[][] pca2d(INDArray embeddings) {
        if (embeddings.rank() != 2 || embeddings.columns() < 2) {
            throw new IllegalArgumentException("need a matrix with at least two columns to project, got shape "
                    + java.util.Arrays.toString(embeddings.shape()));
        }
        INDArray x = embeddings.castTo(DataType.DOUBLE).dup('c');
        x.subiRowVector(x.mean(0));
        INDArray covariance = x.transpose().mmul(x).divi(Math.max(1, x.rows() - 1));
        // Eigenvalues come in ascending order; the eigenvectors replace the matrix, one per column.
        Eigen.symmetricGeneralizedEigenvalues(covariance, true);
        long d = covariance.columns();
        INDArray leading = covariance.getColumns((int) d - 1, (int) d - 2);
        return x.mmul(leading).toDoubleMatrix();
    }
}
