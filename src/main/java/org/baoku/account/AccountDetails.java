package org.baoku.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security reads accounts from PostgreSQL; a disabled account cannot sign in. */
@Component
class AccountDetails implements UserDetailsService {

	private final AccountRepository repository;

	AccountDetails(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRepository.Credentials found = repository.credentials(username)
			.orElseThrow(() -> new UsernameNotFoundException("no user " + username));
		return User.withUsername(found.account().username())
			.password(found.passwordHash())
			.roles(found.account().role().name())
			.disabled(!found.account().enabled())
			.build();
	}

}
