package org.baoku.ingest.split;

/** Open addressing for the bigram tables: a power-of-two table at most half full, probed linearly; 0 is empty. */
final class Slots {

	private Slots() {
	}

	static int capacity(int keys) {
		return Integer.highestOneBit(Math.max(4, keys) * 2 - 1) << 1;
	}

	/** Puts the key in its slot, unless it is there already, and returns that slot. */
	static int put(long[] slots, long key) {
		int at = find(slots, key);
		slots[at] = key;
		return at;
	}

	/** How many keys the table holds. */
	static int size(long[] slots) {
		int size = 0;
		for (long key : slots) {
			size += key == 0 ? 0 : 1;
		}
		return size;
	}

	/** The slot that holds the key, or the empty slot where it would go. */
	static int find(long[] slots, long key) {
		int mask = slots.length - 1;
		int at = (int) (mix(key) & mask);
		while (slots[at] != 0 && slots[at] != key) {
			at = (at + 1) & mask;
		}
		return at;
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

}
