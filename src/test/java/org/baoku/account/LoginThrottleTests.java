package org.baoku.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle holds the address that guesses, never the account for another address; its refusals come in bursts. */
class LoginThrottleTests {

	private long now = 1_000_000_000_000L;

	private final LoginThrottle throttle = new LoginThrottle(() -> now);

	@Test
	void wrongPasswordsHoldTheAddressThatSendsThemAndNoOtherAddress() {
		for (int i = 0; i < 1000; i++) {
			throttle.failed("admin", "10.0.0.66");
		}
		assertThat(throttle.waitSeconds("admin", "10.0.0.66")).isPositive();
		assertThat(throttle.waitSeconds("someone", "10.0.0.66")).as("the address, at any account").isPositive();
		assertThat(throttle.waitSeconds("admin", "10.0.0.7")).as("the owner, from elsewhere").isZero();
		assertThat(throttle.waitSeconds("ADMIN ", "10.0.0.7")).isZero();
	}

	@Test
	void aGuesserSpreadOverManyAddressesIsHeldAtEachAndTheOwnerIsNot() {
		for (int address = 1; address <= 200; address++) {
			for (int i = 0; i < LoginThrottle.PAIR_BURST; i++) {
				throttle.failed("admin", "10.1.0." + address);
			}
		}
		assertThat(throttle.waitSeconds("admin", "10.1.0.17")).isPositive();
		assertThat(throttle.waitSeconds("admin", "10.1.0.17")).isLessThanOrEqualTo(LoginThrottle.PAIR_REFILL.toSeconds());
		// The pair is held, the address not yet for another account (it has guesses left at the address's bucket).
		assertThat(throttle.waitSeconds("editor", "10.1.0.17")).isZero();
		assertThat(throttle.waitSeconds("admin", "10.2.0.1")).isZero();
	}

	@Test
	void theAddressIsHeldAcrossAccountsAndLetGoAsItsBucketRefills() {
		for (int i = 0; i < LoginThrottle.ADDRESS_BURST; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		long wait = throttle.waitSeconds("anybody", "10.0.0.9");
		assertThat(wait).isBetween(1L, LoginThrottle.ADDRESS_REFILL.toSeconds());
		now += Duration.ofSeconds(wait).toNanos();
		assertThat(throttle.waitSeconds("anybody", "10.0.0.9")).as("after the wait it was told").isZero();
	}

	@Test
	void refusalsFromOneAddressAreOneBurstThatEndsAfterAQuietSpell() {
		RefusalBursts bursts = new RefusalBursts();
		Instant t = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(bursts.refused("10.0.0.66", "admin", t)).isTrue();
		for (int i = 1; i < 1000; i++) {
			assertThat(bursts.refused("10.0.0.66", i % 2 == 0 ? "admin" : "user" + i, t.plusMillis(i * 10L))).isFalse();
		}
		assertThat(bursts.refused("10.0.0.7", "admin", t)).as("another address has its own burst").isTrue();
		Instant last = t.plusMillis(9990);
		assertThat(bursts.ended(last.plus(RefusalBursts.QUIET).minusSeconds(1)))
			.extracting(RefusalBursts.Burst::address)
			.containsExactly("10.0.0.7");
		assertThat(bursts.ended(last.plus(RefusalBursts.QUIET))).singleElement().satisfies(burst -> {
			assertThat(burst.refusals()).isEqualTo(1000);
			assertThat(burst.first()).isEqualTo(t);
			assertThat(burst.last()).isEqualTo(last);
			assertThat(burst.accounts()).hasSize(RefusalBursts.MAX_ACCOUNTS).startsWith("admin", "user1");
		});
		assertThat(bursts.ended(last.plus(RefusalBursts.QUIET).plusSeconds(60))).as("each burst ends once").isEmpty();
		// A refusal after the quiet spell starts a new burst, even before the old one was looked at.
		assertThat(bursts.refused("10.0.0.66", "admin", last.plusSeconds(120))).isTrue();
		assertThat(bursts.refused("10.0.0.66", "admin", last.plusSeconds(300))).isTrue();
		assertThat(bursts.ended(last.plusSeconds(301))).singleElement()
			.satisfies(burst -> assertThat(burst.first()).isEqualTo(last.plusSeconds(120)));
	}

}
