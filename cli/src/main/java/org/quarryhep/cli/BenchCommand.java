package org.quarryhep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quarry bench ...}: throughput measurements; each workload is a subcommand. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "Measure throughput (see the subcommands).",
        subcommands = {
            BenchIoCommand.class,
            BenchStatsCommand.class,
            MlBenchCommand.class,
            BenchShowerCommand.class,
            BenchMeCommand.class
        })
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a workload is required, e.g. quarry bench io FILE");
    }
}
