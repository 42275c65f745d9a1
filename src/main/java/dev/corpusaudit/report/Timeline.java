package dev.corpusaudit.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The time axis of the findings timeline: every month from the first to the last, gaps included (a month without
 * findings is a fact, not a hole), or quarters or years when months would be too many bars to read.
 *
 * @param step the length of one bar
 * @param bars the bars' labels, oldest first
 */
record Timeline(Step step, List<String> bars) {
    /** The most bars the timeline draws before it moves to a longer step. */
    static final int MAX_BARS = 60;

    /** The length of one bar. */
    enum Step {
        MONTH("Month"), QUARTER("Quarter"), YEAR("Year");

        private final String noun;

        Step(String noun) {
            this.noun = noun;
        }

        /** How an axis names it: {@code Month}. */
        String noun() {
            return noun;
        }

        /** The label of the bar holding {@code month}: {@code 2025-03}, {@code 2025-Q1} or {@code 2025}. */
        String bar(YearMonth month) {
            return switch (this) {
                case MONTH -> month.toString();
                case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
                case YEAR -> Integer.toString(month.getYear());
            };
        }
    }

    Timeline {
        bars = List.copyOf(bars);
    }

    /** The month of a {@code yyyy-MM} key; empty for {@code unknown} and anything else that is not a month. */
    static Optional<YearMonth> month(String key) {
        try {
            return Optional.of(YearMonth.parse(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The shortest step that spans {@code months} in at most {@link #MAX_BARS} bars. */
    static Timeline spanning(Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return new Timeline(Step.MONTH, List.of());
        }
        YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
        Timeline timeline = null;
        for (Step step : Step.values()) {
            List<String> bars = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                String bar = step.bar(m);
                if (bars.isEmpty() || !bars.get(bars.size() - 1).equals(bar)) {
                    bars.add(bar);
                }
            }
            timeline = new Timeline(step, bars);
            if (bars.size() <= MAX_BARS) {
                break;
            }
        }
        return timeline;
    }
}
