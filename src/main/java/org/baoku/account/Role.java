package org.baoku.account;

/** What an account may do: an editor reviews and corrects splits; an admin also ingests, deletes, rebuilds and manages accounts. */
public enum Role {

	ADMIN, EDITOR;

	/** The authority Spring Security checks ({@code hasRole("ADMIN")}). */
	public String authority() {
		return "ROLE_" + name();
	}

}
