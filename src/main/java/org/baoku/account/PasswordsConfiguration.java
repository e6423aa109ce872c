package org.baoku.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as Spring Security's delegating encoder writes them: BCrypt today, with the scheme's name in
 * front ("{bcrypt}…"), so a later, stronger scheme can be taken up without a migration.
 */
@Configuration(proxyBeanMethods = false)
class PasswordsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
