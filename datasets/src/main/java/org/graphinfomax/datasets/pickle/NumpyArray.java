package org.graphinfomax.datasets.pickle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.razorvine.pickle.PickleException;

/**
 * The Java side of a pickled {@code numpy.ndarray}: created by
 * {@code numpy.core.multiarray._reconstruct}, then filled by the pickle's BUILD step with the
 * state tuple {@code (version, shape, dtype, is_fortran, raw_bytes)}. The raw bytes arrive as a
 * Python 2 {@code str} (decoded by the unpickler one byte per char) or as Python 3 {@code bytes}.
 * Elements are read out in C (row-major) order.
 *
 * <p>Public only because the unpickler calls {@link #__setstate__(Object[])} by reflection;
 * applications use {@link PickleReader}.
 */
public final class NumpyArray {

    private long[] shape;
    private NumpyDtype dtype;
    private boolean fortranOrder;
    private ByteBuffer data;

    /** An empty array, as {@code _reconstruct} creates it before BUILD fills it in. */
    public NumpyArray() {
    }

    /**
     * Fills the array from its pickled state.
     *
     * @throws PickleException if the state is not that of a numeric array or the data length does
     *     not match the shape
     */
    public void __setstate__(Object[] state) {
        Object[] s = state.length == 5 ? Arrays.copyOfRange(state, 1, 5) : state;
        if (s.length != 4 || !(s[0] instanceof Object[] dims) || !(s[1] instanceof NumpyDtype type)
                || !(s[2] instanceof Boolean fortran)) {
            throw new PickleException("unexpected numpy array state (a tuple of " + state.length
                    + " items, expected shape, dtype, Fortran flag and data)");
        }
        long[] sh = new long[dims.length];
        long count = 1;
        for (int i = 0; i < dims.length; i++) {
            if (!(dims[i] instanceof Number n) || n.longValue() < 0) {
                throw new PickleException("bad numpy array dimension " + dims[i]);
            }
            sh[i] = n.longValue();
            count = Math.multiplyExact(count, sh[i]);
        }
        byte[] raw;
        if (s[3] instanceof String str) {
            raw = str.getBytes(StandardCharsets.ISO_8859_1);
        } else if (s[3] instanceof byte[] bytes) {
            raw = bytes;
        } else {
            throw new PickleException("numpy array data is not a byte string (object arrays are not supported)");
        }
        if (raw.length != count * type.itemSize()) {
            throw new PickleException("numpy array of shape " + Arrays.toString(sh) + " and type " + type
                    + " needs " + count * type.itemSize() + " bytes of data, found " + raw.length);
        }
        this.shape = sh;
        this.dtype = type;
        this.fortranOrder = fortran;
        this.data = ByteBuffer.wrap(raw).order(type.byteOrder());
    }

    /** The shape (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    /** The element type. */
    public NumpyDtype dtype() {
        return dtype;
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return data.capacity() / dtype.itemSize();
    }

    /**
     * The elements as ints in C order.
     *
     * @throws IllegalStateException for a float array or a value outside the int range
     */
    public int[] toIntArray() {
        if (dtype.kind() == 'f') {
            throw new IllegalStateException("a float array (" + dtype + ") cannot be read as integers");
        }
        int[] out = new int[size()];
        if (dtype.kind() == 'i' && dtype.itemSize() == 4 && isCOrder()) {
            data.asIntBuffer().get(out);
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            long v = readInteger(storageIndex(i));
            if (v != (int) v) {
                throw new IllegalStateException("element " + i + " = " + v + " does not fit an int");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /** The elements as floats in C order (integers are converted). */
    public float[] toFloatArray() {
        float[] out = new float[size()];
        if (dtype.kind() == 'f' && dtype.itemSize() == 4 && isCOrder()) {
            data.asFloatBuffer().get(out);
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            int k = storageIndex(i);
            out[i] = switch (dtype.kind()) {
                case 'f' -> dtype.itemSize() == 4 ? data.getFloat(4 * k) : (float) data.getDouble(8 * k);
                default -> (float) readInteger(k);
            };
        }
        return out;
    }

    private long readInteger(int k) {
        int size = dtype.itemSize();
        boolean unsigned = dtype.kind() != 'i';
        return switch (size) {
            case 1 -> unsigned ? Byte.toUnsignedLong(data.get(k)) : data.get(k);
            case 2 -> unsigned ? Short.toUnsignedLong(data.getShort(2 * k)) : data.getShort(2 * k);
            case 4 -> unsigned ? Integer.toUnsignedLong(data.getInt(4 * k)) : data.getInt(4 * k);
            default -> data.getLong(8 * k);
        };
    }

    /** Whether elements are stored in C order (always so for fewer than two dimensions). */
    private boolean isCOrder() {
        return !fortranOrder || shape.length < 2;
    }

    /** Where the i-th element in C order is stored. */
    private int storageIndex(int i) {
        if (isCOrder()) {
            return i;
        }
        if (shape.length > 2) {
            throw new IllegalStateException("Fortran-ordered arrays of rank " + shape.length + " are not supported");
        }
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        return (i % cols) * rows + i / cols;
    }

    @Override
    public String toString() {
        return "NumpyArray[" + dtype + " " + Arrays.toString(shape) + "]";
    }
}
