package dev.corpusaudit.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Picks one of a fixed set of values with integer weights, in constant memory and O(log n) time. */
final class WeightedPick<T> {
    private final T[] values;
    private final int[] cumulative;

    WeightedPick(T[] values, int[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need one positive weight per value");
        }
        this.values = values.clone();
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                // a zero weight would make binary search ambiguous between equal cumulative sums
                throw new IllegalArgumentException("weights must be positive: " + Arrays.toString(weights));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> WeightedPick<T> of(T[] values, ToIntFunction<T> weight) {
        return new WeightedPick<>(values, Arrays.stream(values).mapToInt(weight).toArray());
    }

    T pick(SplittableRandom rng) {
        int r = rng.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r + 1);
        return values[i >= 0 ? i : -i - 1];
    }
}
