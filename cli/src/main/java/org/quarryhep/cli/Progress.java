package org.quarryhep.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long work, silent when the command does not run on a terminal (CI
 * logs and pipes stay clean). Close it with try-with-resources.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a bar.
     *
     * @param task what is being done, shown left of the bar
     * @param total the total number of steps, or −1 when unknown
     * @param unit the name of a step ("events", "MB", "toys")
     */
    static Progress start(String task, long total, String unit) {
        if (!interactive()) {
            return new Progress(null);
        }
        ProgressBar bar =
                new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setUnit(" " + unit, 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(200)
                        .build();
        return new Progress(bar);
    }

    /** True when stdin/stdout are a terminal and QUARRY_NO_PROGRESS is unset. */
    static boolean interactive() {
        return System.console() != null && System.getenv("QUARRY_NO_PROGRESS") == null;
    }

    /** Advances by n steps. */
    void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    /** Sets the current position. */
    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    /** Sets the extra message shown right of the bar (e.g. a loss). */
    void message(String text) {
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
