package org.baoku.config;

/**
 * A change the app refused, said twice: as a message key with its arguments, for the reader in their language, and
 * in English, for the log and the audit detail.
 */
public abstract class Refusal extends RuntimeException {

	private final String key;

	private final Object[] args;

	protected Refusal(String key, String english, Object... args) {
		super(english);
		this.key = key;
		this.args = args;
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args.clone();
	}

}
