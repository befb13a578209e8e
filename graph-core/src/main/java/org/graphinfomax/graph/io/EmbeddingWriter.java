package org.graphinfomax.graph.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Writes embeddings (one row per node or graph) where other tools can read them: CSV with the
 * caller's own ids in the first column, or NumPy's {@code .npy} format (readable with
 * {@code numpy.load}). Files are written atomically.
 */
public final class EmbeddingWriter {

    private EmbeddingWriter() {
    }

    /**
     * Writes {@code id,dim_0,...,dim_{d-1}} and one line per row.
     *
     * @param ids row i is written with {@code String.valueOf(ids.get(i))}
     * @throws IllegalArgumentException if there is not one id per row
     */
    public static void writeCsv(Path file, INDArray embeddings, List<?> ids) throws IOException {
        writeCsv(file, embeddings, ids, Map.of());
    }

    /**
     * Writes {@code id}, then the given extra columns (for instance a graph's label), then
     * {@code dim_0,...,dim_{d-1}}, and one line per row.
     *
     * @param ids row i is written with {@code String.valueOf(ids.get(i))}
     * @param extraColumns column name to values, one value per row, written in the map's
     *     iteration order (use a {@link java.util.LinkedHashMap} for several)
     * @throws IllegalArgumentException if there is not one id and one value of each extra column
     *     per row, or a column name repeats the id or a dimension column
     */
    public static void writeCsv(Path file, INDArray embeddings, List<?> ids, Map<String, ? extends List<?>> extraColumns)
            throws IOException {
        requireMatrix(embeddings);
        if (ids.size() != embeddings.rows()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + embeddings.rows() + " embedding rows");
        }
        List<List<?>> extras = new ArrayList<>();
        for (Map.Entry<String, ? extends List<?>> column : extraColumns.entrySet()) {
            if (column.getValue().size() != embeddings.rows()) {
                throw new IllegalArgumentException("column '" + column.getKey() + "' has " + column.getValue().size()
                        + " values for " + embeddings.rows() + " embedding rows");
            }
            if (column.getKey().equals("id") || column.getKey().matches("dim_\\d+")) {
                throw new IllegalArgumentException("extra column name '" + column.getKey() + "' is taken");
            }
            extras.add(column.getValue());
        }
        int d = (int) embeddings.columns();
        int first = 1 + extras.size();
        float[][] rows = embeddings.castTo(DataType.FLOAT).toFloatMatrix();
        String[] header = new String[first + d];
        header[0] = "id";
        int h = 1;
        for (String name : extraColumns.keySet()) {
            header[h++] = name;
        }
        for (int j = 0; j < d; j++) {
            header[first + j] = "dim_" + j;
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
            Object[] record = new Object[first + d];
            for (int i = 0; i < rows.length; i++) {
                record[0] = String.valueOf(ids.get(i));
                for (int c = 0; c < extras.size(); c++) {
                    record[1 + c] = String.valueOf(extras.get(c).get(i));
                }
                for (int j = 0; j < d; j++) {
                    record[first + j] = Float.toString(rows[i][j]);
                }
                csv.printRecord(record);
            }
            csv.flush();
        });
    }

    /** Writes the matrix in NumPy's {@code .npy} format, in its own data type. */
    public static void writeNpy(Path file, INDArray embeddings) throws IOException {
        requireMatrix(embeddings);
        INDArray contiguous = embeddings.isView() || embeddings.ordering() != 'c' ? embeddings.dup('c') : embeddings;
        AtomicFiles.write(file, out -> out.write(Nd4j.toNpyByteArray(contiguous)));
    }

    private static void requireMatrix(INDArray embeddings) {
        if (embeddings.rank() != 2) {
            throw new IllegalArgumentException("embeddings must be a 2-D matrix, got rank " + embeddings.rank());
        }
    }
}
