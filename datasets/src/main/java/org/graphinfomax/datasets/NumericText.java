package org.graphinfomax.datasets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the plain numeric text files of the benchmark formats: one record per line, values
 * separated by a comma (with or without spaces around it, as in TU Dortmund's {@code ", "} and
 * NCI1's {@code ","}) or by blanks. LF and CRLF line ends are accepted, as are blank lines at
 * the end of a file; a blank line elsewhere, an empty field or a value that does not parse is an
 * error naming the file, the line and the field.
 */
final class NumericText {

    private NumericText() {
    }

    /** Rows of floats, all with the same number of values, stored row after row. */
    record FloatTable(float[] values, int rows, int width) {
    }

    /**
     * Exactly {@code perLine} integers on every line, returned line after line.
     *
     * @throws DatasetFormatException naming the line of the first malformed record
     */
    static int[] readInts(byte[] text, String location, int perLine) throws DatasetFormatException {
        Cursor c = new Cursor(text, location);
        int[] out = new int[Math.max(16, text.length / 4)];
        int n = 0;
        while (c.nextLine()) {
            for (int k = 0; k < perLine; k++) {
                if (!c.nextField()) {
                    throw c.error("expected " + perLine + (perLine == 1 ? " value" : " values") + ", found " + k);
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = c.intField();
            }
            if (c.nextField()) {
                throw c.error("expected " + perLine + (perLine == 1 ? " value" : " values") + ", found more ('"
                        + c.fieldText() + "' is extra)");
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Finite floats, the same number on every line (the first line sets it).
     *
     * @throws DatasetFormatException naming the line of the first malformed record
     */
    static FloatTable readFloats(byte[] text, String location) throws DatasetFormatException {
        Cursor c = new Cursor(text, location);
        float[] out = new float[Math.max(16, text.length / 8)];
        int n = 0;
        int width = -1;
        int rows = 0;
        while (c.nextLine()) {
            int k = 0;
            while (c.nextField()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = c.floatField();
                k++;
            }
            if (width < 0) {
                width = k;
            } else if (k != width) {
                throw c.error("expected " + width + " values as on line 1, found " + k);
            }
            rows++;
        }
        return new FloatTable(Arrays.copyOf(out, n), rows, Math.max(width, 0));
    }

    /** Walks the lines of a byte array and the fields of the current line. */
    private static final class Cursor {
        private final byte[] b;
        private final String location;
        private int nextLineStart;
        private int pos;
        private int lineEnd;
        private long line;
        private int fieldStart;
        private int fieldEnd;
        private int fieldNumber;

        Cursor(byte[] b, String location) {
            this.b = b;
            this.location = location;
        }

        /** Moves to the next non-blank line; false at the end (trailing blank lines are skipped). */
        boolean nextLine() throws DatasetFormatException {
            if (nextLineStart >= b.length) {
                return false;
            }
            int nl = nextLineStart;
            while (nl < b.length && b[nl] != '\n') {
                nl++;
            }
            int end = nl;
            if (end > nextLineStart && b[end - 1] == '\r') {
                end--;
            }
            line++;
            pos = nextLineStart;
            lineEnd = end;
            nextLineStart = nl + 1;
            fieldNumber = 0;
            skipBlanks();
            if (pos == lineEnd) {
                if (onlyWhitespaceFrom(nextLineStart)) {
                    nextLineStart = b.length;
                    return false;
                }
                throw error("empty line");
            }
            return true;
        }

        /** Moves to the next field of the current line; false if there is none. */
        boolean nextField() throws DatasetFormatException {
            skipBlanks();
            if (pos >= lineEnd) {
                return false;
            }
            fieldNumber++;
            fieldStart = pos;
            while (pos < lineEnd && b[pos] != ',' && !isBlank(b[pos])) {
                pos++;
            }
            fieldEnd = pos;
            if (fieldStart == fieldEnd) {
                throw error("field " + fieldNumber + " is empty");
            }
            skipBlanks();
            if (pos < lineEnd && b[pos] == ',') {
                pos++;
                skipBlanks();
                if (pos >= lineEnd || b[pos] == ',') {
                    throw error("field " + (fieldNumber + 1) + " is empty");
                }
            }
            return true;
        }

        int intField() throws DatasetFormatException {
            int p = fieldStart;
            boolean negative = b[p] == '-';
            if (negative || b[p] == '+') {
                p++;
            }
            if (p == fieldEnd) {
                throw notA("an integer");
            }
            long value = 0;
            for (; p < fieldEnd; p++) {
                int digit = b[p] - '0';
                if (digit < 0 || digit > 9) {
                    throw notA("an integer");
                }
                value = value * 10 + digit;
                if (value > (long) Integer.MAX_VALUE + 1) {
                    throw notA("an integer in the 32-bit range");
                }
            }
            value = negative ? -value : value;
            if (value > Integer.MAX_VALUE) {
                throw notA("an integer in the 32-bit range");
            }
            return (int) value;
        }

        float floatField() throws DatasetFormatException {
            float v;
            try {
                v = Float.parseFloat(fieldText());
            } catch (NumberFormatException e) {
                throw notA("a number");
            }
            if (!Float.isFinite(v)) {
                throw notA("a finite number");
            }
            return v;
        }

        String fieldText() {
            return new String(b, fieldStart, fieldEnd - fieldStart, StandardCharsets.ISO_8859_1);
        }

        DatasetFormatException error(String problem) {
            return new DatasetFormatException(location, line, problem);
        }

        private DatasetFormatException notA(String what) {
            return error("field " + fieldNumber + " '" + fieldText() + "' is not " + what);
        }

        private void skipBlanks() {
            while (pos < lineEnd && isBlank(b[pos])) {
                pos++;
            }
        }

        private boolean onlyWhitespaceFrom(int p) {
            for (int i = p; i < b.length; i++) {
                if (!isBlank(b[i]) && b[i] != '\n' && b[i] != '\r') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlank(byte c) {
            return c == ' ' || c == '\t';
        }
    }
}
