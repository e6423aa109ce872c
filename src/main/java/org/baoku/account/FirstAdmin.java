package org.baoku.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.config.BaokuProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The first start of the app on an archive with no account creates the admin {@code admin}: with the password of
 * {@code BAOKU_ADMIN_PASSWORD}, or else with a random one that is printed once, here, and stored hashed like any
 * other (it no longer changes at restart). Later starts leave accounts alone.
 */
@Component
@ConditionalOnWebApplication
public class FirstAdmin implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String USERNAME = "admin";

	private final Accounts accounts;

	private final BaokuProperties properties;

	private String outcome = "set before this start";

	FirstAdmin(Accounts accounts, BaokuProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		String given = properties.adminPassword();
		boolean generated = given == null || given.isBlank();
		String password = generated ? randomPassword() : given;
		if (!accounts.createFirstAdmin(USERNAME, password)) {
			return;
		}
		outcome = generated ? "generated at this first start (printed above, once)" : "from BAOKU_ADMIN_PASSWORD";
		if (generated) {
			log.warn("First start: created the admin '{}' with the password {} (shown this once; change it at "
					+ "/account/password, or set BAOKU_ADMIN_PASSWORD before the first start)", USERNAME, password);
		}
		else {
			log.info("First start: created the admin '{}' with the password of BAOKU_ADMIN_PASSWORD", USERNAME);
		}
	}

	/** Where the admin's password came from at this start, for the line that says the app is ready. */
	public String passwordOutcome() {
		return outcome;
	}

	private static String randomPassword() {
		byte[] random = new byte[15];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
