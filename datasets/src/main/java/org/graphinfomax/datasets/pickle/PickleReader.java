package org.graphinfomax.datasets.pickle;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;
import net.razorvine.pickle.objects.ClassDict;
import org.graphinfomax.datasets.DatasetFormatException;
import org.graphinfomax.graph.SparseMatrix;

/**
 * Reads the Python pickles of numpy arrays, scipy CSR matrices and dicts of integer lists that the
 * Planetoid files hold (Python 2, protocol 2), using the {@code net.razorvine:pickle} unpickler.
 *
 * <p>Following that library's documented extension mechanism, constructors are registered
 * (once, JVM-wide, through {@link Unpickler#registerConstructor}) for
 * {@code numpy.core.multiarray._reconstruct} (and numpy 2's {@code numpy._core.multiarray}),
 * {@code numpy.dtype} and {@code collections.defaultdict}; a {@code scipy.sparse.csr_matrix}
 * arrives as the library's {@link ClassDict} holding {@code data}, {@code indices},
 * {@code indptr} and {@code _shape}, which {@link #readCsrMatrix} turns into a
 * {@link SparseMatrix}. Every failure (a truncated file, a file that is no pickle, an unexpected
 * object) becomes a {@link DatasetFormatException} naming the file.
 *
 * <p>The registration happens once, when this class is initialised. The library keeps one table
 * for the whole JVM, so code that later registers other constructors for the same numpy names
 * replaces these; the readers below then report the unexpected object type rather than misread
 * it. Unpickling itself is thread-safe: every call uses its own {@link Unpickler}.
 */
public final class PickleReader {

    static {
        IObjectConstructor reconstruct = args -> {
            if (args.length != 3) {
                throw new PickleException("numpy _reconstruct expects 3 arguments, got " + args.length);
            }
            return new NumpyArray();
        };
        Unpickler.registerConstructor("numpy.core.multiarray", "_reconstruct", reconstruct);
        Unpickler.registerConstructor("numpy._core.multiarray", "_reconstruct", reconstruct);
        Unpickler.registerConstructor("numpy", "dtype", args -> {
            if (args.length < 1 || !(args[0] instanceof String type)) {
                throw new PickleException("numpy dtype expects a type string");
            }
            return new NumpyDtype(type);
        });
        // defaultdict(list): the default factory does not matter once the dict is filled.
        Unpickler.registerConstructor("collections", "defaultdict", args -> new HashMap<Object, Object>());
    }

    private PickleReader() {
    }

    /**
     * Unpickles one object.
     *
     * @param bytes the whole pickle
     * @param location the file's name for messages
     * @throws DatasetFormatException if the bytes are not a complete pickle of protocol 2 to 5 or
     *     hold objects this reader does not understand
     */
    public static Object read(byte[] bytes, String location) throws DatasetFormatException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x80 || bytes[1] < 2 || bytes[1] > 5) {
            throw new DatasetFormatException(location, "not a Python pickle of protocol 2 to 5 (it does not start with "
                    + "the bytes 0x80 0x02..0x05; first bytes: " + hexPrefix(bytes) + ")");
        }
        Unpickler unpickler = new Unpickler();
        try {
            return unpickler.loads(bytes);
        } catch (IOException e) {
            throw new DatasetFormatException(location, "truncated pickle (" + describe(e) + ")", e);
        } catch (RuntimeException e) {
            throw new DatasetFormatException(location, "corrupt or unsupported pickle content (" + describe(e) + ")", e);
        } finally {
            unpickler.close();
        }
    }

    /**
     * Unpickles a {@code numpy.ndarray}.
     *
     * @throws DatasetFormatException if the file does not hold one
     */
    public static NumpyArray readArray(byte[] bytes, String location) throws DatasetFormatException {
        Object o = read(bytes, location);
        if (!(o instanceof NumpyArray array)) {
            throw new DatasetFormatException(location, "expected a pickled numpy array, found " + typeName(o));
        }
        return array;
    }

    /**
     * Unpickles a {@code scipy.sparse.csr_matrix} as a {@link SparseMatrix} (values as floats).
     *
     * @throws DatasetFormatException if the file does not hold a consistent CSR matrix
     */
    public static SparseMatrix readCsrMatrix(byte[] bytes, String location) throws DatasetFormatException {
        Object o = read(bytes, location);
        if (!(o instanceof ClassDict dict) || !dict.getClassName().endsWith("csr_matrix")) {
            throw new DatasetFormatException(location, "expected a pickled scipy csr_matrix, found " + typeName(o));
        }
        Object shape = dict.containsKey("_shape") ? dict.get("_shape") : dict.get("shape");
        if (!(shape instanceof Object[] dims) || dims.length != 2
                || !(dims[0] instanceof Integer rows) || !(dims[1] instanceof Integer cols)) {
            throw new DatasetFormatException(location, "csr_matrix has no two-dimensional shape");
        }
        try {
            int[] indptr = field(dict, "indptr", location).toIntArray();
            int[] indices = field(dict, "indices", location).toIntArray();
            float[] data = field(dict, "data", location).toFloatArray();
            return SparseMatrix.fromCsr(rows, cols, indptr, indices, data);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DatasetFormatException(location, "inconsistent " + rows + " x " + cols + " csr_matrix: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Unpickles a dict (or {@code defaultdict}) from integers to lists of integers, such as a
     * Planetoid graph's adjacency lists.
     *
     * @throws DatasetFormatException if the file holds anything else
     */
    public static Map<Integer, int[]> readIntListDict(byte[] bytes, String location) throws DatasetFormatException {
        Object o = read(bytes, location);
        if (!(o instanceof Map<?, ?> map)) {
            throw new DatasetFormatException(location, "expected a pickled dict of lists, found " + typeName(o));
        }
        Map<Integer, int[]> out = new HashMap<>(map.size() * 2);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof Integer key)) {
                throw new DatasetFormatException(location, "dict key " + e.getKey() + " is not an int");
            }
            if (!(e.getValue() instanceof List<?> list)) {
                throw new DatasetFormatException(location, "the value of key " + key + " is not a list");
            }
            int[] values = new int[list.size()];
            for (int i = 0; i < values.length; i++) {
                if (!(list.get(i) instanceof Integer v)) {
                    throw new DatasetFormatException(location, "element " + i + " of the list of key " + key + " ("
                            + list.get(i) + ") is not an int");
                }
                values[i] = v;
            }
            out.put(key, values);
        }
        return out;
    }

    private static NumpyArray field(ClassDict dict, String name, String location) throws DatasetFormatException {
        Object value = dict.get(name);
        if (!(value instanceof NumpyArray array) || array.rank() != 1) {
            throw new DatasetFormatException(location, "csr_matrix field '" + name + "' is not a one-dimensional numpy array");
        }
        return array;
    }

    private static String typeName(Object o) {
        if (o instanceof ClassDict dict) {
            return "an object of Python class " + dict.getClassName();
        }
        return o == null ? "None" : "a " + o.getClass().getSimpleName();
    }

    /** The message of an exception and of its causes, which carry the detail (for example from __setstate__). */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m.strip());
            } else if (sb.length() == 0) {
                sb.append(t.getClass().getSimpleName());
            }
        }
        return sb.toString();
    }

    private static String hexPrefix(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            sb.append(String.format("%02x ", bytes[i] & 0xff));
        }
        return bytes.length == 0 ? "none, the file is empty" : sb.toString().strip();
    }
}
