package org.graphinfomax.examples.cli;

/** A command that can say whether the user asked for stack traces ({@code --verbose}). */
public interface Verbosity {

    /** Whether stack traces should be shown with errors. */
    boolean verbose();
}
