package vn.tonghop.config;

import java.nio.file.Path;

/** Everything an operator may edit under jobs/, loaded once per run. */
public record JobsConfig(Path folder, Catalogue catalogue, Indicators indicators, Units units, HeaderAliases headers, Tolerances tolerances,
                         ReportSettings report, Layouts layouts, Schedule schedule, Limits limits) {

    public static JobsConfig load(Path folder) {
        return new JobsConfig(folder,
                Catalogue.load(folder.resolve("catalogue.csv")),
                Indicators.load(folder.resolve("indicators.csv")),
                Units.load(folder.resolve("units.csv")),
                HeaderAliases.load(folder.resolve("headers.csv")),
                Tolerances.load(folder.resolve("tolerances.properties")),
                ReportSettings.load(folder.resolve("report.properties")),
                Layouts.load(folder.resolve("layouts.properties")),
                Schedule.load(folder.resolve("schedule.properties")),
                Limits.load(folder.resolve("limits.properties")));
    }
}
