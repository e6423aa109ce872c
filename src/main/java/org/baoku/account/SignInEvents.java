package org.baoku.account;

import java.util.List;

import org.baoku.audit.AuditDetail;
import org.baoku.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and sign-outs into the audit log; a failed sign-in also counts against its account and address
 * ({@link LoginThrottle}). A script's HTTP Basic requests that succeed are not entries of their own: what they do is.
 */
@Component
@ConditionalOnWebApplication
class SignInEvents {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	SignInEvents(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String address = address(event.getAuthentication());
		throttle.failed(username, address);
		String why = event.getException().getClass().getSimpleName();
		String key = event.getException() instanceof BadCredentialsException ? "audit.detail.badCredentials"
				: "audit.detail.signInRefused";
		audit.record(username, address, "login", username, "failed", why, new AuditDetail.Said(key, List.of(why)));
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, address(event.getAuthentication()), "login", username, "ok", null);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, address(event.getAuthentication()), "logout", username, "ok", null);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
