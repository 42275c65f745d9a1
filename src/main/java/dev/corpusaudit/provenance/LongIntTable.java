package dev.corpusaudit.provenance;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * An immutable map from 64-bit keys to ints in two sorted arrays: 12 bytes an entry, so a register of a million
 * members takes 12 MB, and a lookup is a binary search. Thread-safe once built.
 */
final class LongIntTable {
    static final int MISSING = Integer.MIN_VALUE;
    private static final LongIntTable EMPTY = new LongIntTable(new long[0], new int[0]);

    private final long[] keys;
    private final int[] values;

    private LongIntTable(long[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
    }

    static LongIntTable empty() {
        return EMPTY;
    }

    /** The value of a key, or {@link #MISSING}. */
    int get(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? values[at] : MISSING;
    }

    boolean contains(long key) {
        return Arrays.binarySearch(keys, key) >= 0;
    }

    int size() {
        return keys.length;
    }

    /** Collects entries; a key added twice keeps what {@code merge} makes of its two values. */
    static final class Builder {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void add(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }

        LongIntTable build(IntBinaryOperator merge) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            long[] k = keys;
            Arrays.sort(order, (a, b) -> Long.compare(k[a], k[b]));
            long[] sortedKeys = new long[size];
            int[] sortedValues = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int from = order[i];
                if (n > 0 && sortedKeys[n - 1] == keys[from]) {
                    sortedValues[n - 1] = merge.applyAsInt(sortedValues[n - 1], values[from]);
                } else {
                    sortedKeys[n] = keys[from];
                    sortedValues[n] = values[from];
                    n++;
                }
            }
            return new LongIntTable(Arrays.copyOf(sortedKeys, n), Arrays.copyOf(sortedValues, n));
        }
    }
}
