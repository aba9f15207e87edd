package org.quarryhep.cli;

import org.quarryhep.core.QuarryVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code quarry} command; every tool is a subcommand. */
@Command(
        name = "quarry",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        versionProvider = QuarryCommand.Version.class,
        description = "From a model of new physics to an exclusion limit.",
        subcommands = {
            // Each subcommand is a class in this package; keep one per line.
            InspectCommand.class,
            ConvertCommand.class,
            BenchCommand.class,
            HypotestCommand.class,
            LimitCommand.class,
            FitCommand.class,
            SignificanceCommand.class,
            ClusterCommand.class,
            SimulateCommand.class,
            ProcessesCommand.class,
            GenerateCommand.class,
            MatrixElementCommand.class,
            MergeCommand.class,
            ShowerCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            ExplainCommand.class,
            ExportOnnxCommand.class,
            RunCommand.class,
            ScanCommand.class,
            ReportCommand.class,
        })
public final class QuarryCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "a subcommand is required (see quarry --help)");
    }

    /** Reports Quarry's and Java's versions. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "quarry " + QuarryVersion.get(), "java " + System.getProperty("java.version"),
            };
        }
    }
}
