package org.graphinfomax.examples.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.graphinfomax.datasets.DatasetFormatException;
import org.graphinfomax.datasets.DownloadException;
import org.graphinfomax.datasets.MissingDatasetFileException;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.infomax.training.TrainingDivergedException;

/**
 * Turns an exception into what a person needs: one line naming the problem (the file, line and
 * value where known) and the exit code. The stack trace is for {@code --verbose} only.
 *
 * @param message the one-line message (no line breaks)
 * @param exitCode one of the {@link ExitCodes}
 */
public record ErrorReport(String message, int exitCode) {

    /** The report for a failure of a command. */
    public static ErrorReport of(Throwable error) {
        ErrorReport report = classify(error);
        return new ErrorReport(oneLine(report.message()), report.exitCode());
    }

    private static ErrorReport classify(Throwable e) {
        if (e instanceof CliException c) {
            return new ErrorReport(c.getMessage(), c.exitCode());
        }
        if (e instanceof GraphFormatException || e instanceof MissingDatasetFileException
                || e instanceof DatasetFormatException) {
            return new ErrorReport(e.getMessage(), ExitCodes.INPUT);
        }
        if (e instanceof NoSuchFileException n) {
            String reason = n.getReason();
            return new ErrorReport(reason == null || reason.equals("file not found") ? "file not found: " + n.getFile()
                    : n.getFile() + ": " + reason, ExitCodes.INPUT);
        }
        if (e instanceof FileAlreadyExistsException f) {
            return new ErrorReport(f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "already exists"),
                    ExitCodes.OUTPUT);
        }
        if (e instanceof AccessDeniedException a) {
            return new ErrorReport("permission denied: " + a.getFile(), ExitCodes.OUTPUT);
        }
        if (e instanceof FileSystemException f) {
            return new ErrorReport(f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()),
                    ExitCodes.INPUT);
        }
        if (e instanceof DownloadException) {
            return new ErrorReport(e.getMessage() + " (datasets are cached in ~/.graphinfomax/datasets, or give "
                    + "--data-dir with the files)", ExitCodes.INPUT);
        }
        if (e instanceof TrainingDivergedException) {
            return new ErrorReport(e.getMessage() + "; try a smaller --lr", ExitCodes.FAILURE);
        }
        if (e instanceof OutOfMemoryError) {
            return new ErrorReport("out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g. "
                    + "java -Xmx8g -jar graph-infomax.jar ..., or use a smaller --hidden", ExitCodes.FAILURE);
        }
        if (e instanceof IllegalArgumentException) {
            return new ErrorReport(e.getMessage(), ExitCodes.USAGE);
        }
        if (e.getCause() != null && e.getCause() != e && isWrapper(e)) {
            return classify(e.getCause());
        }
        String text = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new ErrorReport(e.getClass().getSimpleName() + text + " (run with --verbose for details)",
                ExitCodes.FAILURE);
    }

    private static boolean isWrapper(Throwable e) {
        return e instanceof java.io.UncheckedIOException || e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.util.concurrent.CompletionException
                || e.getClass() == RuntimeException.class;
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown error (run with --verbose for details)";
        }
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
