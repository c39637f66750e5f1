package org.tandem.matching.solver;

/** Binary min-heap of node ids keyed by an external {@code long[]}; supports decrease-key. */
final class IndexedMinHeap {
    private final int[] heap;
    private final int[] pos;
    private final long[] key;
    private int size;

    IndexedMinHeap(long[] key) {
        this.key = key;
        this.heap = new int[key.length];
        this.pos = new int[key.length];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        return heap[0];
    }

    void clear() {
        size = 0;
    }

    void insert(int node) {
        int i = size++;
        heap[i] = node;
        pos[node] = i;
        siftUp(i);
    }

    /** The node must be in the heap and its key must just have decreased. */
    void decreased(int node) {
        siftUp(pos[node]);
    }

    int pop() {
        int top = heap[0];
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            pos[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int node = heap[i];
        long k = key[node];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int pn = heap[parent];
            if (key[pn] <= k) {
                break;
            }
            heap[i] = pn;
            pos[pn] = i;
            i = parent;
        }
        heap[i] = node;
        pos[node] = i;
    }

    private void siftDown(int i) {
        int node = heap[i];
        long k = key[node];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int cn = heap[child];
            int right = child + 1;
            if (right < size && key[heap[right]] < key[cn]) {
                child = right;
                cn = heap[child];
            }
            if (k <= key[cn]) {
                break;
            }
            heap[i] = cn;
            pos[cn] = i;
            i = child;
        }
        heap[i] = node;
        pos[node] = i;
    }
}
