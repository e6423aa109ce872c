package org.baoku.ingest.profile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.baoku.ingest.split.SplitProfile;
import org.springframework.stereotype.Component;

/**
 * The profile each newspaper's pages are split with: its own where an editor applied one, else the default. Read
 * once a paper and kept until a profile is applied (one app writes them).
 */
@Component
public class ProfilesInForce {

	private final ProfileRepository profiles;

	private final Map<String, SplitProfile> known = new ConcurrentHashMap<>();

	ProfilesInForce(ProfileRepository profiles) {
		this.profiles = profiles;
	}

	public SplitProfile of(String newspaper) {
		return known.computeIfAbsent(newspaper, paper -> profiles.applied(paper).orElse(SplitProfile.DEFAULT));
	}

	void forget(String newspaper) {
		known.remove(newspaper);
	}

}
