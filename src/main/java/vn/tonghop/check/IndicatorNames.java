package vn.tonghop.check;

import vn.tonghop.config.JobsConfig;

/** How messages name an indicator: "CT08 – Số lao động được giải quyết việc làm". */
final class IndicatorNames {

    private IndicatorNames() {
    }

    static String of(JobsConfig config, String code) {
        return config.indicators().find(code).map(i -> i.code() + " – " + i.name()).orElse(code);
    }
}
