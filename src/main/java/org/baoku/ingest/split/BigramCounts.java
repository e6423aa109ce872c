package org.baoku.ingest.split;

/** How often each bigram occurs in a text: the bigram keys ({@link Bigrams#key}) in an open-addressing table. */
public final class BigramCounts {

	/** Slots of keys (0: empty) and, beside them, their counts. */
	private final long[] keys;

	private final int[] counts;

	private final int size;

	private BigramCounts(long[] keys, int[] counts, int size) {
		this.keys = keys;
		this.counts = counts;
		this.size = size;
	}

	/** The counts of the first {@code count} keys, with repeats. */
	static BigramCounts of(long[] text, int count) {
		long[] keys = new long[Slots.capacity(count)];
		int[] counts = new int[keys.length];
		for (int i = 0; i < count; i++) {
			counts[Slots.put(keys, text[i])]++;
		}
		return new BigramCounts(keys, counts, Slots.size(keys));
	}

	/** How many distinct bigrams. */
	public int size() {
		return size;
	}

	/** Calls back with each distinct bigram and how often it occurs. */
	public void forEach(Each each) {
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				each.accept(keys[i], counts[i]);
			}
		}
	}

	/** A bigram's key and its count. */
	@FunctionalInterface
	public interface Each {

		void accept(long key, int count);

	}

	/** How often a bigram occurs; 0 when it does not. */
	public int countOf(long key) {
		int at = Slots.find(keys, key);
		return keys[at] == key ? counts[at] : 0;
	}

	/**
	 * Cosine similarity with another text's counts: 1 for the same wording, 0 for nothing in common. Every product
	 * and sum is a whole number, so the order they are added in does not change the result.
	 */
	public double cosine(BigramCounts other) {
		double dot = 0;
		double na = 0;
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				dot += counts[i] * (double) other.countOf(keys[i]);
				na += counts[i] * (double) counts[i];
			}
		}
		double nb = 0;
		for (int c : other.counts) {
			nb += c * (double) c;
		}
		return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
	}

}
