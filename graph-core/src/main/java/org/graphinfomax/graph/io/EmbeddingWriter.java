package org.graphinfomax.graph.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
        requireMatrix(embeddings);
        if (ids.size() != embeddings.rows()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + embeddings.rows() + " embedding rows");
        }
        int d = (int) embeddings.columns();
        float[][] rows = embeddings.castTo(DataType.FLOAT).toFloatMatrix();
        String[] header = new String[d + 1];
        header[0] = "id";
        for (int j = 0; j < d; j++) {
            header[j + 1] = "dim_" + j;
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
            Object[] record = new Object[d + 1];
            for (int i = 0; i < rows.length; i++) {
                record[0] = String.valueOf(ids.get(i));
                for (int j = 0; j < d; j++) {
                    record[j + 1] = Float.toString(rows[i][j]);
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
