package org.graphinfomax.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.examples.mi.StaircaseFiles;
import org.graphinfomax.examples.mi.StaircaseOptions;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.mi.staircase.CriticType;
import org.graphinfomax.infomax.mi.staircase.StaircaseAcceptance;
import org.graphinfomax.infomax.mi.staircase.StaircaseConfig;
import org.graphinfomax.infomax.mi.staircase.StaircaseEstimator;
import org.graphinfomax.infomax.mi.staircase.StaircaseExperiment;
import org.graphinfomax.infomax.mi.staircase.StaircaseReport;
import org.graphinfomax.infomax.mi.staircase.StaircaseResult;
import org.graphinfomax.infomax.mi.staircase.StaircaseRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code graph-infomax mi}: the Gaussian staircase of Poole et al. 2019 ("On Variational Bounds of
 * Mutual Information", Figure 2). For each critic type and estimator, a critic is trained on
 * correlated Gaussian pairs whose true mutual information steps up level by level; the command
 * prints one line per finished run, the table of level means with the acceptance checks, and
 * writes the per-step estimates (CSV), the level means (CSV), the plot of estimates against the
 * truth (PNG) and a summary (JSON).
 */
@Command(name = "mi", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The Gaussian staircase of Poole et al. (2019): MI estimators against the true MI of "
                + "correlated Gaussians, in nats.",
            "Writes staircase-<critic>.csv (every step), staircase-summary.csv (level means), staircase-<critic>.png "
                    + "and summary.json to --out; prints the table of level means."})
public final class MiCommand extends CommandBase {

    @Mixin
    StaircaseOptions staircase;

    @Override
    protected int execute() throws Exception {
        PrintWriter out = out();
        StaircaseConfig config = staircase.config();
        OutputDirectory dir = prepareOutput();
        Stopwatch clock = new Stopwatch();
        RunSummary summary = new RunSummary("mi", config.seed());
        summary.root().addProperty("config", config.toString());
        out.println(config);
        out.flush();

        StaircaseExperiment experiment = new StaircaseExperiment(config);
        List<StaircaseRun> runs = new ArrayList<>();
        int total = config.critics().size() * config.estimators().size();
        for (CriticType critic : config.critics()) {
            for (StaircaseEstimator estimator : config.estimators()) {
                Stopwatch one = new Stopwatch();
                runs.add(experiment.run(critic, estimator));
                out.printf(Locale.ROOT, "mi: run %d/%d, %s critic, %s: %.1f s%n", runs.size(), total, critic.label(),
                        estimator.label(), one.lap());
                out.flush();
            }
        }
        StaircaseResult result = new StaircaseResult(config, runs);
        summary.timing("train", clock.lap());
        out.println();
        out.print(StaircaseReport.table(result));
        out.println();
        List<StaircaseAcceptance.Check> checks = StaircaseAcceptance.evaluate(result);
        checks.forEach(out::println);
        summary.root().add("runs", runsJson(result));
        summary.root().add("checks", checksJson(checks));

        return finish(dir, summary, clock, StaircaseFiles.write(dir, result, staircase.smoothing()), "");
    }

    private static JsonArray runsJson(StaircaseResult result) {
        JsonArray runs = new JsonArray();
        double[] levels = result.config().levels();
        for (StaircaseRun run : result.runs()) {
            JsonObject o = new JsonObject();
            o.addProperty("critic", run.critic().label());
            o.addProperty("estimator", run.estimator().label());
            JsonArray means = new JsonArray();
            for (int i = 0; i < levels.length; i++) {
                JsonObject level = new JsonObject();
                level.addProperty("trueMi", levels[i]);
                level.addProperty("meanEstimate", run.levelMean(i));
                means.add(level);
            }
            o.add("levels", means);
            if (result.config().independentSteps() > 0) {
                o.addProperty("independentMean", run.independentMean());
            }
            o.addProperty("millisPerThousandSteps", run.millisPerThousandSteps());
            runs.add(o);
        }
        return runs;
    }

    private static JsonArray checksJson(List<StaircaseAcceptance.Check> checks) {
        JsonArray array = new JsonArray();
        for (StaircaseAcceptance.Check check : checks) {
            JsonObject o = new JsonObject();
            o.addProperty("check", check.description());
            o.addProperty("value", check.value());
            o.addProperty("passed", check.passed());
            array.add(o);
        }
        return array;
    }
}
