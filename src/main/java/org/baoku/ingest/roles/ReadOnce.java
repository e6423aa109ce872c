package org.baoku.ingest.roles;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A model file read the first time it is asked for and kept, or why it could not be read: the committed models are
 * read once, not again for every page, and a model that cannot be read says why each time it is asked for.
 */
final class ReadOnce {

	private final AtomicReference<Object> read = new AtomicReference<>();

	private final Supplier<Object> reader;

	/** @param reader the model, or an {@link IllegalStateException} saying why it could not be read (not thrown) */
	ReadOnce(Supplier<Object> reader) {
		this.reader = reader;
	}

	/**
	 * What was read.
	 * @throws IllegalStateException where it could not be read, saying why
	 */
	Object get() {
		Object model = read.get();
		if (model == null) {
			synchronized (this) {
				if (read.get() == null) {
					read.set(reader.get());
				}
				model = read.get();
			}
		}
		if (model instanceof IllegalStateException why) {
			throw new IllegalStateException(why.getMessage(), why);
		}
		return model;
	}

}
