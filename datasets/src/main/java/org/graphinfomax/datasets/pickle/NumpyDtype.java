package org.graphinfomax.datasets.pickle;

import java.nio.ByteOrder;
import net.razorvine.pickle.PickleException;

/**
 * The Java side of a pickled {@code numpy.dtype}: created from the type string ({@code 'i4'},
 * {@code 'f4'}, ...) that the pickle passes to {@code numpy.dtype(...)}, then completed by the
 * pickle's BUILD step, whose state tuple carries the byte order ({@code '<'}, {@code '>'},
 * {@code '|'} or {@code '='}). Only plain numeric types are supported.
 *
 * <p>Public only because the unpickler calls {@link #__setstate__(Object[])} by reflection;
 * applications use {@link PickleReader}.
 */
public final class NumpyDtype {

    private final char kind;
    private final int itemSize;
    private ByteOrder byteOrder = ByteOrder.LITTLE_ENDIAN;

    /**
     * @param typeString numpy's type string, a kind letter ({@code b, i, u, f}) and a size in
     *     bytes, optionally preceded by a byte-order mark
     * @throws PickleException for a type that is not a plain boolean, integer or float
     */
    public NumpyDtype(String typeString) {
        String t = typeString;
        if (!t.isEmpty() && "<>|=".indexOf(t.charAt(0)) >= 0) {
            byteOrder = byteOrderOf(t.substring(0, 1));
            t = t.substring(1);
        }
        if (t.length() < 2 || "biuf".indexOf(t.charAt(0)) < 0) {
            throw new PickleException("unsupported numpy dtype '" + typeString + "' (only bool, int, uint, float)");
        }
        this.kind = t.charAt(0);
        try {
            this.itemSize = Integer.parseInt(t.substring(1));
        } catch (NumberFormatException e) {
            throw new PickleException("unsupported numpy dtype '" + typeString + "'");
        }
        boolean sizeOk = switch (kind) {
            case 'f' -> itemSize == 4 || itemSize == 8;
            case 'b' -> itemSize == 1;
            default -> itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8;
        };
        if (!sizeOk) {
            throw new PickleException("unsupported numpy dtype '" + typeString + "'");
        }
    }

    /**
     * Completes the dtype from its pickled state {@code (version, byteorder, ...)}.
     *
     * @throws PickleException if the state has no byte-order string
     */
    public void __setstate__(Object[] state) {
        if (state.length < 2 || !(state[1] instanceof String order)) {
            throw new PickleException("numpy dtype state has no byte order");
        }
        byteOrder = byteOrderOf(order);
    }

    private static ByteOrder byteOrderOf(String mark) {
        return switch (mark) {
            case ">" -> ByteOrder.BIG_ENDIAN;
            case "<", "|" -> ByteOrder.LITTLE_ENDIAN;
            case "=" -> ByteOrder.nativeOrder();
            default -> throw new PickleException("unknown numpy byte order '" + mark + "'");
        };
    }

    /** The kind letter: {@code b} (bool), {@code i} (signed), {@code u} (unsigned) or {@code f} (float). */
    public char kind() {
        return kind;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** The byte order of the raw data. */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    @Override
    public String toString() {
        return (byteOrder == ByteOrder.BIG_ENDIAN ? ">" : "<") + kind + itemSize;
    }
}
