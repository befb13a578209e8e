package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.graphinfomax.examples.output.OutputDirectory;
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

    /** The memory check for this JVM, printing to {@link #err()}. */
    protected MemoryCheck memory() {
        return MemoryCheck.forThisJvm(run.assumedMemoryLimit, err());
    }
}
