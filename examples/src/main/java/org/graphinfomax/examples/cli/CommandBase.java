package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.examples.output.RunCharts;
import org.graphinfomax.infomax.training.TrainingHistory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that write a run have in common: the {@link RunOptions}, thread settings
 * applied before anything computes, the output directory, the memory check, and memory errors
 * turned into a message with advice.
 */
public abstract class CommandBase implements Callable<Integer>, Verbosity {

    /** The command as picocli sees it (for its output writers). */
    @Spec
    protected CommandSpec spec;

    /** Output, threads, verbosity. */
    @Mixin
    protected RunOptions run;

    @Override
    public final Integer call() throws Exception {
        if (run.threads != null) {
            ThreadSettings.apply(run.threads);
        }
        try {
            return execute();
        } catch (OutOfMemoryError e) {
            throw new CliException(ExitCodes.FAILURE, ErrorReport.of(e).message(), e);
        }
    }

    /** Does the command's work; returns the exit code. */
    protected abstract int execute() throws Exception;

    @Override
    public boolean verbose() {
        return run.verbose;
    }

    /** Where results are printed. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where warnings are printed. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The output directory, refused if it holds an earlier run and {@code --overwrite} is absent. */
    protected OutputDirectory prepareOutput() throws IOException {
        return OutputDirectory.prepare(run.out, run.overwrite);
    }

    /**
     * Ends a run: times the "write" phase, writes {@code summary.json}, and prints which files were
     * written where.
     *
     * @param written the files written so far (summary.json is added)
     * @param lead what the run did, printed in front ("Embedded 60 nodes ..."), or "" for none
     * @return {@link ExitCodes#OK}
     */
    protected int finish(OutputDirectory dir, RunSummary summary, Stopwatch clock, List<Path> written, String lead)
            throws IOException {
        summary.timing("write", clock.lap());
        Path json = dir.file("summary.json");
        summary.write(json);
        List<String> names = new ArrayList<>();
        written.forEach(p -> names.add(p.getFileName().toString()));
        names.add(json.getFileName().toString());
        out().println((lead.isEmpty() ? "Wrote " : lead + "; wrote ") + names + " to " + dir.root());
        out().flush();
        return ExitCodes.OK;
    }

    /**
     * Saves the trained model and plots its training loss (the kept epoch marked) as {@code loss.png}.
     *
     * @param modelFile the model's file name in the output directory
     * @param save writes the model to a path
     * @param title the loss plot's title
     * @return the two files
     */
    protected static List<Path> writeModelAndLoss(OutputDirectory dir, String modelFile, ModelSaver save, String title,
            TrainingHistory history) throws IOException {
        Path model = dir.file(modelFile);
        save.save(model);
        Path loss = dir.file("loss.png");
        RunCharts.lossCurve(loss, title, history.losses(), history.bestEpoch());
        return List.of(model, loss);
    }

    /** Writes a trained model to a file. */
    @FunctionalInterface
    protected interface ModelSaver {
        /** Writes the model to {@code file}. */
        void save(Path file) throws IOException;
    }

    /** The memory check for this JVM, printing to {@link #err()}. */
    protected MemoryCheck memory() {
        return MemoryCheck.forThisJvm(run.assumedMemoryLimit, err());
    }
}
