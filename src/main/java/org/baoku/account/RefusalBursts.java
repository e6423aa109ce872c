package org.baoku.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sign-ins refused by the throttle, gathered into bursts per client address: a burst is the refusals from one
 * address with less than {@link #QUIET} between them. The first refusal starts a burst; the rest are only counted;
 * a burst {@link #QUIET} long without a refusal has ended. Only its start and its end are written anywhere
 * ({@link SignInRefusals}), so a guesser who keeps knocking fills neither the log nor the audit log.
 */
final class RefusalBursts {

	/** Without a refusal for this long, an address's burst has ended. */
	static final Duration QUIET = Duration.ofSeconds(60);

	/** Account names a burst remembers (a guesser may try any number). */
	static final int MAX_ACCOUNTS = 5;

	/** Bursts open at once; beyond them every open burst is ended at the next look, so memory stays bounded. */
	static final int MAX_OPEN = 10_000;

	/** The refusals of one address: how many, from when to when, at which accounts (the first few). */
	record Burst(String address, int refusals, Instant first, Instant last, List<String> accounts) {
	}

	private final Map<String, Open> open = new LinkedHashMap<>();

	/** Bursts that went quiet and were replaced by a new one before a look took them. */
	private final List<Burst> ended = new ArrayList<>();

	/** Counts a refusal; true when it starts a burst (nothing was refused from this address for {@link #QUIET}). */
	synchronized boolean refused(String address, String account, Instant now) {
		Open burst = open.get(address);
		if (burst != null && !burst.quiet(now)) {
			burst.count(account, now);
			return false;
		}
		// A burst that went quiet but was not yet looked at is ended by the next look, not lost.
		if (burst != null) {
			ended.add(burst.toBurst(address));
		}
		Open started = new Open(now);
		started.count(account, now);
		open.put(address, started);
		return true;
	}

	/** The bursts that have ended by now (each once), oldest first. */
	synchronized List<Burst> ended(Instant now) {
		List<Burst> done = new ArrayList<>(ended);
		ended.clear();
		boolean tooMany = open.size() > MAX_OPEN;
		for (Iterator<Map.Entry<String, Open>> it = open.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Open> e = it.next();
			if (tooMany || e.getValue().quiet(now)) {
				done.add(e.getValue().toBurst(e.getKey()));
				it.remove();
			}
		}
		return done;
	}

	private static final class Open {

		private final Instant first;

		private Instant last;

		private int refusals;

		private final Set<String> accounts = new LinkedHashSet<>();

		Open(Instant first) {
			this.first = first;
			this.last = first;
		}

		void count(String account, Instant now) {
			refusals++;
			last = now;
			if (accounts.size() < MAX_ACCOUNTS) {
				accounts.add(account == null ? "" : account);
			}
		}

		boolean quiet(Instant now) {
			return !now.isBefore(last.plus(QUIET));
		}

		Burst toBurst(String address) {
			return new Burst(address, refusals, first, last, List.copyOf(accounts));
		}

	}

}
