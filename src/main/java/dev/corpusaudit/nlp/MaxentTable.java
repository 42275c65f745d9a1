package dev.corpusaudit.nlp;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.HashMap;
import java.util.Map;

/**
 * A quasi-Newton maxent model's weights (OpenNLP's {@code MAXENT_QN}: {@code corpus-audit train --algorithm
 * MAXENT_QN}) in one flat open-addressing table, for the categorizer rules that read every record. OpenNLP's own
 * evaluation looks each feature up in a {@code HashMap} of strings, then reads the predicate's context object and
 * its two arrays: about seven memory reads far apart per feature, where a profile of the bench put most of the
 * rules' samples. Here a feature's 64-bit hash and its weights sit side by side, one read per feature (the models'
 * evaluation took 0.55 s against 0.90 s in a harness; in the whole scan the gain was inside the machine's noise).
 *
 * <p>The probabilities are OpenNLP's to the last bit: the same sums in the same order, then the same
 * log-sum-of-exps and {@code StrictMath.exp} as {@code QNModel.eval} (a test compares them on the shipped
 * quasi-Newton models).
 * A feature is known by its hash alone; the model's predicates are checked for a shared hash when the table is
 * built (then there is no table and OpenNLP evaluates), and a feature the model does not know shares one with a
 * predicate with odds of about one in 10^14 per feature for a table of 100,000 predicates.
 */
final class MaxentTable {
    private static final long EMPTY = 0;

    private final int outcomes;
    private final int stride;
    private final int mask;
    /** Per slot: the predicate's hash (or {@link #EMPTY}), then one weight per outcome as raw double bits. */
    private final long[] slots;

    private MaxentTable(int outcomes, int capacity) {
        this.outcomes = outcomes;
        this.stride = outcomes + 1;
        this.mask = capacity - 1;
        this.slots = new long[capacity * stride];
    }

    /** The table of a quasi-Newton model, or null for a model of another kind (or, never seen, two equal hashes). */
    @SuppressWarnings("unchecked")
    static MaxentTable of(MaxentModel model) {
        if (!(model instanceof AbstractModel m) || m.getModelType() != AbstractModel.ModelType.MaxentQn) {
            return null;
        }
        Map<String, Context> predicates = new HashMap<>((Map<String, Context>) m.getDataStructures()[1]);
        predicates.values().removeIf(MaxentTable::allZero);
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 2 - 1)) << 1;
        MaxentTable table = new MaxentTable(m.getNumOutcomes(), capacity);
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            if (!table.put(hash(predicate.getKey()), predicate.getValue())) {
                return null;
            }
        }
        return table;
    }

    /**
     * A predicate whose weights are all 0 adds nothing to any sum (training's L1 penalty leaves about four in five
     * so): the table leaves it out, which makes it a fifth of the size and mostly in the processor's cache.
     */
    private static boolean allZero(Context weights) {
        for (double w : weights.getParameters()) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** The probability of each outcome (in the model's order) given a text's features, as {@code QNModel.eval}. */
    double[] eval(String[] features) {
        double[] probs = new double[outcomes];
        for (String feature : features) {
            int at = find(hash(feature));
            if (at >= 0) {
                for (int o = 0; o < outcomes; o++) {
                    probs[o] += Double.longBitsToDouble(slots[at + 1 + o]);
                }
            }
        }
        double logSumExp = ArrayMath.logSumOfExps(probs);
        for (int o = 0; o < outcomes; o++) {
            probs[o] = StrictMath.exp(probs[o] - logSumExp);
        }
        return probs;
    }

    /** The slot's offset in {@link #slots} of a predicate's hash, or -1 when the model does not know it. */
    private int find(long hash) {
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long key = slots[slot * stride];
            if (key == hash) {
                return slot * stride;
            }
            if (key == EMPTY) {
                return -1;
            }
        }
    }

    /** Adds a predicate's weights; false when its hash is already taken. */
    private boolean put(long hash, Context weights) {
        int slot = (int) hash & mask;
        while (slots[slot * stride] != EMPTY) {
            if (slots[slot * stride] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int at = slot * stride;
        slots[at] = hash;
        int[] ids = weights.getOutcomes();
        double[] values = weights.getParameters();
        for (int i = 0; i < ids.length; i++) {
            slots[at + 1 + ids[i]] = Double.doubleToRawLongBits(values[i]);
        }
        return true;
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finalizer; never {@link #EMPTY}. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53e87a9L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
