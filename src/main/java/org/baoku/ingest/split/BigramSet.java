package org.baoku.ingest.split;

/**
 * The distinct bigrams of a text, each packed into a long ({@link Bigrams#key}) in an open-addressing table: the
 * splitter compares a headline's bigrams with every body on the page many times over, and a table of longs answers
 * that without a string or a boxed entry for each bigram.
 */
public final class BigramSet {

	static final BigramSet EMPTY = of(new long[0], 0);

	/** Slots: 0 is empty (no bigram key is 0, since no letter is U+0000). */
	private final long[] slots;

	private final int size;

	private BigramSet(long[] slots, int size) {
		this.slots = slots;
		this.size = size;
	}

	/** The set of the first {@code count} keys, with repeats. */
	static BigramSet of(long[] keys, int count) {
		long[] slots = new long[Slots.capacity(count)];
		for (int i = 0; i < count; i++) {
			Slots.put(slots, keys[i]);
		}
		return new BigramSet(slots, Slots.size(slots));
	}

	/** Both sets' bigrams. */
	BigramSet union(BigramSet other) {
		long[] both = new long[size + other.size];
		int n = 0;
		for (long key : slots) {
			if (key != 0) {
				both[n++] = key;
			}
		}
		for (long key : other.slots) {
			if (key != 0) {
				both[n++] = key;
			}
		}
		return of(both, n);
	}

	/** Its bigrams' keys, in no order. */
	long[] keys() {
		long[] keys = new long[size];
		int n = 0;
		for (long key : slots) {
			if (key != 0) {
				keys[n++] = key;
			}
		}
		return keys;
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	boolean contains(long key) {
		return slots[Slots.find(slots, key)] == key;
	}

	/** How many of this set's bigrams the other holds too. */
	int sharedWith(BigramSet other) {
		int shared = 0;
		for (long key : slots) {
			if (key != 0 && other.contains(key)) {
				shared++;
			}
		}
		return shared;
	}

}
