package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.mi.staircase.StaircaseAcceptance;
import org.graphinfomax.infomax.mi.staircase.StaircaseConfig;
import org.graphinfomax.infomax.mi.staircase.StaircaseExperiment;
import org.graphinfomax.infomax.mi.staircase.StaircaseReport;
import org.graphinfomax.infomax.mi.staircase.StaircaseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the staircase experiment of Poole et al. 2019 ("On Variational Bounds of Mutual Information",
 * Figure 2) with the toolkit's estimators and critics, prints the table of level means (mean estimate over the
 * last steps of each level, the rho = 0 check and the time per 1000 steps) with the acceptance checks, and
 * writes into the output directory:
 * <ul>
 *   <li>{@code staircase-<critic>.csv}: the estimate of every step for every estimator, with the true MI;</li>
 *   <li>{@code staircase-summary.csv}: the level means and timings;</li>
 *   <li>{@code staircase-<critic>.png}: the estimates (moving average) against the true staircase.</li>
 * </ul>
 * Defaults are the published protocol; {@code --help} lists the options.
 */
@Command(name = "staircase", mixinStandardHelpOptions = true,
        description = "Poole et al. (2019) staircase: MI estimates of correlated Gaussians against the truth.")
public final class StaircaseExample implements Callable<Integer> {

    @Mixin
    private StaircaseOptions options;

    @Option(names = "--threads", defaultValue = "1",
            description = "runs (critic x estimator) trained in parallel; the results do not depend on it "
                    + "(default ${DEFAULT-VALUE})")
    private int threads;

    @Option(names = "--replot", paramLabel = "CSV",
            description = "only redraw the plot of an earlier run from its staircase-<critic>.csv (no training); "
                    + "the PNG is written next to it")
    private Path replot;

    @Option(names = "--out", defaultValue = "staircase-output", description = "output directory (default ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--overwrite", description = "replace the files of an earlier run in the output directory")
    private boolean overwrite;

    private final PrintStream console;

    /** An example printing to standard output. */
    public StaircaseExample() {
        this(System.out);
    }

    /** @param console where the table goes */
    StaircaseExample(PrintStream console) {
        this.console = console;
    }

    /**
     * Runs the example.
     *
     * @param args command-line options, see {@code --help}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StaircaseExample()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (replot != null) {
            Path png = replot.resolveSibling(replot.getFileName().toString().replaceFirst("\\.csv$", "") + ".png");
            StaircaseCsv.read(replot).plot(png, options.smoothing());
            console.println("wrote " + png.toAbsolutePath());
            return 0;
        }
        OutputDirectory dir = OutputDirectory.prepare(out, overwrite);
        StaircaseConfig config = config();
        console.println(config);
        StaircaseResult result = new StaircaseExperiment(config).run(threads);
        console.println();
        console.print(StaircaseReport.table(result));
        console.println();
        StaircaseAcceptance.evaluate(result).forEach(console::println);
        StaircaseFiles.write(dir, result, options.smoothing());
        console.println("wrote " + dir.root().toAbsolutePath());
        return 0;
    }

    /** @return the published protocol with this command's options applied */
    StaircaseConfig config() {
        return options.config();
    }
}
