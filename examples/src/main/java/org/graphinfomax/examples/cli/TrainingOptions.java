package org.graphinfomax.examples.cli;

import picocli.CommandLine.Option;

/** The options of every training command: the seed and how progress is shown. */
public final class TrainingOptions {

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Random seed of initialisation, sampling and evaluation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
            description = "Progress display: auto (a bar on a terminal, log lines otherwise), bar, lines, none "
                    + "(default: ${DEFAULT-VALUE}).")
    TrainingProgress.Mode progress;

    @Option(names = "--log-every", defaultValue = "10", paramLabel = "N",
            description = "With line progress, print every N-th epoch (default: ${DEFAULT-VALUE}).")
    int logEvery;
}
