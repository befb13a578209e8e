package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.mi.staircase.CriticType;
import org.graphinfomax.infomax.mi.staircase.StaircaseAcceptance;
import org.graphinfomax.infomax.mi.staircase.StaircaseConfig;
import org.graphinfomax.infomax.mi.staircase.StaircaseEstimator;
import org.graphinfomax.infomax.mi.staircase.StaircaseExperiment;
import org.graphinfomax.infomax.mi.staircase.StaircaseReport;
import org.graphinfomax.infomax.mi.staircase.StaircaseResult;
import org.graphinfomax.infomax.mi.staircase.StaircaseRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--critic", split = ",", defaultValue = "separable",
            description = "critic types: separable, concatenated (comma-separated; default ${DEFAULT-VALUE})")
    private List<String> critics;

    @Option(names = "--estimators", split = ",", defaultValue = "InfoNCE,NWJ,JS,DV/MINE",
            description = "estimators (default ${DEFAULT-VALUE})")
    private List<String> estimators;

    @Option(names = "--levels", split = ",", defaultValue = "2,4,6,8,10",
            description = "true MI of each level in nats (default ${DEFAULT-VALUE})")
    private double[] levels;

    @Option(names = "--steps-per-level", defaultValue = "4000", description = "steps per level (default ${DEFAULT-VALUE})")
    private int stepsPerLevel;

    @Option(names = "--independent-steps", defaultValue = "4000",
            description = "steps of the rho = 0 run, 0 for none (default ${DEFAULT-VALUE})")
    private int independentSteps;

    @Option(names = "--window", defaultValue = "1000",
            description = "last steps of a level averaged in the table (default ${DEFAULT-VALUE})")
    private int window;

    @Option(names = "--smoothing", defaultValue = "100",
            description = "moving-average window of the plotted estimates (default ${DEFAULT-VALUE})")
    private int smoothing;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    private long seed;

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
            StaircaseCsv.read(replot).plot(png, smoothing);
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
        StaircaseReport.writeSummary(dir.file("staircase-summary.csv"), result);
        for (CriticType critic : config.critics()) {
            StaircaseReport.writeSteps(dir.file("staircase-" + critic.label() + ".csv"), result, critic);
            plot(dir.file("staircase-" + critic.label() + ".png"), result, critic);
        }
        console.println("wrote " + dir.root().toAbsolutePath());
        return 0;
    }

    /** @return the published protocol with this command's options applied */
    StaircaseConfig config() {
        return StaircaseConfig.poole2019()
                .withLevels(levels)
                .withSteps(stepsPerLevel, independentSteps, window)
                .withEstimators(estimators.stream().map(StaircaseEstimator::byName).toList())
                .withCritics(critics.stream().map(CriticType::byName).toList())
                .withSeed(seed);
    }

    private void plot(Path file, StaircaseResult result, CriticType critic) throws IOException {
        List<StaircaseRun> runs = result.runs(critic);
        new StaircaseCsv(critic.label(), result.trueMutualInformation(),
                runs.stream().map(StaircaseRun::estimator).toList(),
                runs.stream().map(r -> r.staircase().estimates()).toList()).plot(file, smoothing);
    }
}
