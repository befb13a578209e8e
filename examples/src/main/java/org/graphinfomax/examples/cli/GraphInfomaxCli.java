package org.graphinfomax.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code graph-infomax} command: self-supervised graph embeddings from the command line.
 *
 * <pre>
 * java -jar graph-infomax.jar dgi --dataset cora --out runs/cora
 * java -jar graph-infomax.jar dgi --edges edges.csv --nodes nodes.csv --out runs/mine
 * java -jar graph-infomax.jar embed --model runs/cora/model.dgi --dataset cora --out runs/cora-again
 * java -jar graph-infomax.jar datasets
 * </pre>
 *
 * <p>Errors are one line on standard error ({@code --verbose} adds the stack trace) and the exit
 * code says what kind of failure it was ({@link ExitCodes}).
 */
@Command(name = "graph-infomax", mixinStandardHelpOptions = true, versionProvider = GraphInfomaxCli.Version.class,
        description = "Self-supervised graph representation learning by mutual-information maximisation.",
        subcommands = {DgiCommand.class, InfoGraphCommand.class, EmbedCommand.class, MiCommand.class, DatasetsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 run failed, 2 bad command line, 3 bad input data, 4 output directory problem."})
public final class GraphInfomaxCli implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        configureLogging(List.of(args).contains("--verbose") || List.of(args).contains("-v"));
        System.exit(commandLine().execute(args));
    }

    /** The command line with this tool's error handling, for {@code execute(args)} (tests use it in-process). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GraphInfomaxCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOverwrittenOptionsAllowed(true);
        cli.setExecutionExceptionHandler(GraphInfomaxCli::onExecutionError);
        cli.setParameterExceptionHandler(GraphInfomaxCli::onUsageError);
        return cli;
    }

    /** The tool's version (from the jar's manifest; "dev" when run from classes). */
    public static String version() {
        String v = GraphInfomaxCli.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList());
    }

    /** Log messages of the libraries only from warnings up, unless {@code --verbose}; on standard error. */
    static void configureLogging(boolean verbose) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static int onExecutionError(Exception error, CommandLine command, ParseResult parsed) {
        ErrorReport report = ErrorReport.of(error);
        PrintWriter err = command.getErr();
        err.println("error: " + report.message());
        if (command.getCommand() instanceof Verbosity v && v.verbose()) {
            error.printStackTrace(err);
        }
        err.flush();
        return report.exitCode();
    }

    private static int onUsageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        StringBuilder line = new StringBuilder("error: ").append(error.getMessage().replaceAll("[\\r\\n]+", " "));
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append(" (did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append("?)");
        }
        line.append("; see '").append(command.getCommandSpec().qualifiedName()).append(" --help'");
        command.getErr().println(line);
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    /** The version shown by {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"graph-infomax " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
