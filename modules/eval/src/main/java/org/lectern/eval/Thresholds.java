package org.lectern.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/** The {@code --min} and {@code --max} thresholds of {@code eval}, checked against the summed metrics. */
final class Thresholds {

    private Thresholds() {}

    /** A message for each threshold not met, minimums first; an undefined metric never meets one. */
    static List<String> unmet(Map<String, Double> metrics, Map<String, Double> minimums, Map<String, Double> maximums) {
        List<String> failures = new ArrayList<>();
        check(metrics, minimums, "below the minimum", (value, minimum) -> value >= minimum, failures);
        check(metrics, maximums, "above the maximum", (value, maximum) -> value <= maximum, failures);
        return failures;
    }

    private static void check(
            Map<String, Double> metrics,
            Map<String, Double> thresholds,
            String violation,
            BiPredicate<Double, Double> met,
            List<String> failures) {
        thresholds.forEach((metric, threshold) -> {
            Double value = metrics.get(metric);
            if (value == null) {
                failures.add(metric + " is undefined (nothing to measure it on), so its threshold is not met");
            } else if (!met.test(value, threshold)) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s = %s is %s %s",
                        metric,
                        EvalReport.format(metric, value),
                        violation,
                        EvalReport.format(metric, threshold)));
            }
        });
    }
}
