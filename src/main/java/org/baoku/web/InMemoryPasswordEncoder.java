package org.baoku.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the admin's password, which lives only in this process (from {@code BAOKU_ADMIN_PASSWORD}), by comparing
 * SHA-256 digests in constant time. A slow hash such as bcrypt protects stored hashes from offline guessing, which
 * does not apply to a value held in memory, and would let anyone send wrong passwords to burn the server's CPU
 * (every request with a Basic header costs one hash).
 */
final class InMemoryPasswordEncoder implements PasswordEncoder {

	@Override
	public String encode(CharSequence raw) {
		return HexFormat.of().formatHex(digest(raw));
	}

	@Override
	public boolean matches(CharSequence raw, String encoded) {
		if (raw == null || encoded == null) {
			return false;
		}
		return MessageDigest.isEqual(encode(raw).getBytes(StandardCharsets.US_ASCII),
				encoded.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] digest(CharSequence raw) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
