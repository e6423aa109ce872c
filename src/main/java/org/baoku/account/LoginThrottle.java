package org.baoku.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits password guessing: each failed sign-in (form or HTTP Basic) takes a token from the account's bucket and
 * from the client address's bucket; while either is empty, sign-ins for it are refused before the password is
 * checked. Buckets refill slowly, so after a short burst only a few guesses a minute get through, and an attacker
 * who spreads guesses over many accounts is still held by the address. Successful sign-ins take nothing.
 */
@Component
public class LoginThrottle {

	/** Failed guesses an account takes before it waits. */
	static final int ACCOUNT_BURST = 5;

	/** One more guess at an account per this long. */
	static final Duration ACCOUNT_REFILL = Duration.ofSeconds(30);

	/** Failed guesses from one address, at any accounts, before it waits. */
	static final int ADDRESS_BURST = 10;

	/** One more guess from an address per this long. */
	static final Duration ADDRESS_REFILL = Duration.ofSeconds(20);

	/** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
	private static final int MAX_KEPT = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** Seconds until a guess for this account from this address would be let through; 0 when it would now. */
	public long waitSeconds(String username, String address) {
		long now = System.nanoTime();
		return Math.max(waitNanos("u:" + normalize(username), now, ACCOUNT_BURST, ACCOUNT_REFILL),
				waitNanos("a:" + address, now, ADDRESS_BURST, ADDRESS_REFILL)) / 1_000_000_000L;
	}

	/** A failed guess: takes a token from both buckets. */
	public void failed(String username, String address) {
		long now = System.nanoTime();
		take("u:" + normalize(username), now, ACCOUNT_BURST, ACCOUNT_REFILL);
		take("a:" + address, now, ADDRESS_BURST, ADDRESS_REFILL);
		if (buckets.size() > MAX_KEPT) {
			buckets.entrySet().removeIf(e -> e.getValue().isFull(now, e.getKey().startsWith("u:") ? ACCOUNT_BURST
					: ADDRESS_BURST, e.getKey().startsWith("u:") ? ACCOUNT_REFILL : ADDRESS_REFILL));
		}
	}

	private long waitNanos(String key, long now, int burst, Duration refill) {
		Bucket bucket = buckets.get(key);
		return bucket == null ? 0 : bucket.waitNanos(now, burst, refill);
	}

	private void take(String key, long now, int burst, Duration refill) {
		buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now, burst, refill);
	}

	private static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** Tokens left and when they were counted; refilled lazily. */
	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(int burst, long now) {
			this.tokens = burst;
			this.at = now;
		}

		synchronized void take(long now, int burst, Duration refill) {
			refill(now, burst, refill);
			tokens = Math.max(0, tokens - 1);
		}

		synchronized long waitNanos(long now, int burst, Duration refill) {
			refill(now, burst, refill);
			return tokens >= 1 ? 0 : (long) ((1 - tokens) * refill.toNanos()) + 1_000_000_000L;
		}

		synchronized boolean isFull(long now, int burst, Duration refill) {
			refill(now, burst, refill);
			return tokens >= burst;
		}

		private void refill(long now, int burst, Duration refill) {
			tokens = Math.min(burst, tokens + (double) (now - at) / refill.toNanos());
			at = now;
		}

	}

}
