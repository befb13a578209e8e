package org.graphinfomax.layers;

import org.graphinfomax.graph.HostBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** In-place arithmetic that avoids temporaries where ND4J allows it. */
final class InPlace {

    private InPlace() {
    }

    /**
     * {@code target += alpha · source} for arrays of the same shape: a BLAS axpy without any
     * temporary when both are contiguous row-major arrays, an element-wise fallback otherwise.
     */
    static void addScaled(INDArray target, double alpha, INDArray source) {
        if (HostBuffers.isPlain(target) && HostBuffers.isPlain(source) && target.dataType() == source.dataType()) {
            Nd4j.getBlasWrapper().level1().axpy(target.length(), alpha, source, target);
        } else {
            target.addi(source.mul(alpha));
        }
    }

    /**
     * The sum of the element-wise product of two arrays of the same shape: a BLAS dot product
     * without temporaries when both are contiguous row-major arrays, a product and a sum otherwise.
     */
    static double dot(INDArray a, INDArray b) {
        if (HostBuffers.isPlain(a) && HostBuffers.isPlain(b) && a.dataType() == b.dataType()) {
            return Nd4j.getBlasWrapper().dot(a, b);
        }
        return a.mul(b).sumNumber().doubleValue();
    }
}
