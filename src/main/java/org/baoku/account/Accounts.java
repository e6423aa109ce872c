package org.baoku.account;

import java.util.List;
import java.util.regex.Pattern;

import org.baoku.config.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating accounts, disabling them and setting their passwords, with the rules an admin page must keep: names of
 * letters and digits, passwords of at least {@link #MIN_PASSWORD} characters, and always one enabled admin.
 */
@Service
public class Accounts {

	public static final int MIN_PASSWORD = 10;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{2,64}");

	private final AccountRepository repository;

	private final PasswordEncoder passwords;

	Accounts(AccountRepository repository, PasswordEncoder passwords) {
		this.repository = repository;
		this.passwords = passwords;
	}

	/** Why an account change was refused: a message ({@code users.refused.<code>} with args), English for logs. */
	public static final class Refused extends Refusal {

		public Refused(String code, String english, Object... args) {
			super("users.refused." + code, english, args);
		}

	}

	public List<Account> all() {
		return repository.all();
	}

	public void create(String username, String password, Role role) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new Refused("badName", "a user name is 2 to 64 letters, digits or _ . @ -");
		}
		checkPassword(password);
		if (!repository.insert(username, passwords.encode(password), role)) {
			throw new Refused("taken", "the user name " + username + " is taken", username);
		}
	}

	public void resetPassword(String username, String password) {
		checkPassword(password);
		if (!repository.setPassword(username, passwords.encode(password))) {
			throw new Refused("noUser", "no user " + username, username);
		}
	}

	/** A user's own change: the current password must be given. */
	public void changeOwnPassword(String username, String current, String password) {
		AccountRepository.Credentials own = repository.credentials(username).orElseThrow(() -> new Refused("noUser", "no user " + username, username));
		if (current == null || !passwords.matches(current, own.passwordHash())) {
			throw new Refused("wrongPassword", "the current password is wrong");
		}
		resetPassword(username, password);
	}

	public void setEnabled(String username, boolean enabled) {
		AccountRepository.Credentials account = repository.credentials(username)
			.orElseThrow(() -> new Refused("noUser", "no user " + username, username));
		if (!enabled && account.account().role() == Role.ADMIN && repository.otherEnabledAdmins(username) == 0) {
			throw new Refused("lastAdmin", "the last admin cannot be disabled");
		}
		repository.setEnabled(username, enabled);
	}

	/** Creates the first admin when there is no account at all; false when there already is one. */
	boolean createFirstAdmin(String username, String password) {
		return repository.count() == 0 && repository.insert(username, passwords.encode(password), Role.ADMIN);
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new Refused("shortPassword", "a password has at least " + MIN_PASSWORD + " characters", MIN_PASSWORD);
		}
	}

}
