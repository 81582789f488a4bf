package fr.proxima.app.tools;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds (nearest-rank). */
final class Latencies {
    private long[] samples = new long[1 << 14];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds, nearest-rank; NaN when empty. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
