package org.baoku.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing without letting anybody lock the owner out. Each failed sign-in (form or HTTP Basic)
 * takes a token from two buckets: the client address's (guesses at any accounts from there) and the pair of that
 * address and the account (guesses at this account from there). While either is empty, a sign-in from that address
 * (as that account) is refused before the password is checked. Nothing is kept per account alone: wrong passwords for
 * {@code admin} sent from anywhere never hold back its right password sent from another address, and a guesser
 * spread over many addresses is still held at each of them. Buckets refill slowly, so after a short burst only a few
 * guesses a minute get through. Successful sign-ins take nothing.
 */
@Component
public class LoginThrottle {

	/** Failed guesses at one account from one address before they wait. */
	static final int PAIR_BURST = 5;

	/** One more guess at an account from an address per this long. */
	static final Duration PAIR_REFILL = Duration.ofSeconds(30);

	/** Failed guesses from one address, at any accounts, before it waits. */
	static final int ADDRESS_BURST = 10;

	/** One more guess from an address per this long. */
	static final Duration ADDRESS_REFILL = Duration.ofSeconds(20);

	/** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
	private static final int MAX_KEPT = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final LongSupplier nanos;

	@Autowired
	public LoginThrottle() {
		this(System::nanoTime);
	}

	/** With a clock of its own (tests). */
	LoginThrottle(LongSupplier nanos) {
		this.nanos = nanos;
	}

	/** Seconds until a guess for this account from this address would be let through; 0 when it would now. */
	public long waitSeconds(String username, String address) {
		long now = nanos.getAsLong();
		long wait = Math.max(waitNanos(pairKey(username, address), now, PAIR_BURST, PAIR_REFILL),
				waitNanos(addressKey(address), now, ADDRESS_BURST, ADDRESS_REFILL));
		// Rounded up: a client that waits what it is told is let through.
		return (wait + 999_999_999L) / 1_000_000_000L;
	}

	/** A failed guess: takes a token from the address's bucket and from the pair's. */
	public void failed(String username, String address) {
		long now = nanos.getAsLong();
		take(pairKey(username, address), now, PAIR_BURST, PAIR_REFILL);
		take(addressKey(address), now, ADDRESS_BURST, ADDRESS_REFILL);
		if (buckets.size() > MAX_KEPT) {
			buckets.entrySet().removeIf(e -> e.getKey().startsWith("p:") ? e.getValue().isFull(now, PAIR_BURST, PAIR_REFILL)
					: e.getValue().isFull(now, ADDRESS_BURST, ADDRESS_REFILL));
		}
	}

	private long waitNanos(String key, long now, int burst, Duration refill) {
		Bucket bucket = buckets.get(key);
		return bucket == null ? 0 : bucket.waitNanos(now, burst, refill);
	}

	private void take(String key, long now, int burst, Duration refill) {
		buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now, burst, refill);
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	/** The address first: it has no space in it, so no account name can make two pairs look alike. */
	private static String pairKey(String username, String address) {
		String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "p:" + address + " " + account;
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
			return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refill.toNanos());
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
