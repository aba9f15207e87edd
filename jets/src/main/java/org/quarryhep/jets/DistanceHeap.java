package org.quarryhep.jets;

import java.util.Arrays;

/**
 * An indexed binary min-heap of pseudojet indices keyed by their d_iJ. Keys can be changed and
 * entries removed in O(log N); equal keys order by the pseudojets' slots (see {@link
 * PlainClusterer}), so the minimum is the one a linear scan over slots would find first.
 */
final class DistanceHeap {
    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private final int[] slot;
    private int size;

    DistanceHeap(int capacity, int[] slot) {
        this.slot = slot;
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int min() {
        return heap[0];
    }

    /** Fills an empty heap with items 0 … n−1 and their keys in O(n). */
    void build(int n, double[] keys) {
        for (int i = 0; i < n; i++) {
            heap[i] = i;
            position[i] = i;
            key[i] = keys[i];
        }
        size = n;
        for (int pos = (n >>> 1) - 1; pos >= 0; pos--) {
            down(pos);
        }
    }

    /** Inserts {@code item} or changes its key. */
    void set(int item, double k) {
        int pos = position[item];
        if (pos < 0) {
            key[item] = k;
            heap[size] = item;
            position[item] = size;
            up(size++);
            return;
        }
        double old = key[item];
        key[item] = k;
        if (k < old) {
            up(pos);
        } else if (k > old) {
            down(pos);
        }
    }

    /** Restores the order after {@code item}'s slot (its tie-breaker) decreased. */
    void slotLowered(int item) {
        int pos = position[item];
        if (pos >= 0) {
            up(pos);
        }
    }

    void remove(int item) {
        int pos = position[item];
        position[item] = -1;
        int last = heap[--size];
        if (pos == size) {
            return;
        }
        heap[pos] = last;
        position[last] = pos;
        up(pos);
        down(position[last]);
    }

    private boolean less(int a, int b) {
        double ka = key[a];
        double kb = key[b];
        return ka < kb || (ka == kb && slot[a] < slot[b]);
    }

    private void up(int pos) {
        int item = heap[pos];
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            int p = heap[parent];
            if (!less(item, p)) {
                break;
            }
            heap[pos] = p;
            position[p] = pos;
            pos = parent;
        }
        heap[pos] = item;
        position[item] = pos;
    }

    private void down(int pos) {
        int item = heap[pos];
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, item)) {
                break;
            }
            heap[pos] = c;
            position[c] = pos;
            pos = child;
        }
        heap[pos] = item;
        position[item] = pos;
    }
}
