package org.baoku.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What sign-ins refused by the {@link LoginThrottle} leave in the log and the audit log: two entries per burst of
 * refusals from one address ({@link RefusalBursts}), however long it lasts. The first refusal writes a log line and
 * an audit row (result {@code throttled}: the address, the account, the wait); the rest are only counted; when the
 * address has had no refusal for {@link RefusalBursts#QUIET} (looked at every 15 s) one more line and row say how
 * many were refused, at which accounts, from when to when.
 */
@Component
@ConditionalOnWebApplication
public class SignInRefusals {

	private static final Logger log = LoggerFactory.getLogger(SignInRefusals.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final RefusalBursts bursts = new RefusalBursts();

	private final AuditLog audit;

	private final Clock clock;

	@Autowired
	SignInRefusals(AuditLog audit) {
		this(audit, Clock.systemDefaultZone());
	}

	SignInRefusals(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	/** A sign-in as {@code username} from {@code address} refused, {@code wait} seconds before the next may be tried. */
	public void refused(String username, String address, long wait) {
		if (!bursts.refused(address, username, clock.instant())) {
			return;
		}
		log.warn("Sign-ins from {} refused: too many failed guesses (as '{}', {} s to wait); further refusals from it are"
				+ " counted until {} s pass without one", address, username, wait, RefusalBursts.QUIET.toSeconds());
		audit.record(username, address, "login", username, "throttled",
				"too many failed guesses; " + wait + " s to wait; further refusals from this address are counted",
				new AuditDetail.Said("audit.detail.throttled", List.of(Long.toString(wait))));
	}

	/** Writes the count of every burst that has ended. */
	@Scheduled(fixedDelay = 15_000)
	public void endQuietBursts() {
		for (RefusalBursts.Burst burst : bursts.ended(clock.instant())) {
			String first = TIME.format(LocalDateTime.ofInstant(burst.first(), clock.getZone()));
			String last = TIME.format(LocalDateTime.ofInstant(burst.last(), clock.getZone()));
			String accounts = String.join(", ", burst.accounts());
			log.warn("Sign-ins from {} refused {} times between {} and {} (accounts: {})", burst.address(),
					burst.refusals(), first, last, accounts);
			audit.record(burst.accounts().get(0), burst.address(), "login", accounts, "throttled",
					burst.refusals() + " sign-ins refused between " + first + " and " + last,
					new AuditDetail.Said("audit.detail.throttledBurst",
							List.of(Integer.toString(burst.refusals()), first, last)));
		}
	}

}
