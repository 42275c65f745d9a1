package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineTest {

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "2024-13", "2024-1", "", "2024-02-01"})
    void onlyYearMonthKeysAreMonths(String key) {
        assertEquals(Optional.empty(), Timeline.month(key));
    }

    @Test
    void monthsWithoutFindingsStayOnTheAxis() {
        Timeline timeline = Timeline.spanning(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 1)));

        assertEquals(Timeline.Step.MONTH, timeline.step());
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04"), timeline.bars());
    }

    /** The first and last month of a span, its step and its bars: the shortest step that fits in 60 bars. */
    @ParameterizedTest
    @CsvSource({
            "2020-01, 2024-12, MONTH, 60, 2020-01, 2024-12",
            "2020-01, 2025-01, QUARTER, 21, 2020-Q1, 2025-Q1",
            "2020-02, 2034-11, QUARTER, 60, 2020-Q1, 2034-Q4",
            "2000-01, 2020-12, YEAR, 21, 2000, 2020",
    })
    void longSpansMoveToLongerSteps(String first, String last, Timeline.Step step, int bars, String firstBar,
                                    String lastBar) {
        List<YearMonth> months = new ArrayList<>();
        months.add(YearMonth.parse(first));
        months.add(YearMonth.parse(last));
        Timeline timeline = Timeline.spanning(months);

        assertEquals(step, timeline.step());
        assertEquals(bars, timeline.bars().size());
        assertEquals(firstBar, timeline.bars().get(0));
        assertEquals(lastBar, timeline.bars().get(bars - 1));
    }

    @Test
    void noMonthsNoBars() {
        assertEquals(List.of(), Timeline.spanning(List.of()).bars());
    }
}
