package io.cceemulator.auth;

import java.util.Set;

import io.cceemulator.state.Credentials.User;

/**
 * Who an authenticated call comes from: the projects its credential opens, and the IAM user behind it when it is a
 * token issued to one. In lenient mode, and with authentication off, a caller opens every project of the data.
 *
 * @param user the user a token was issued to, or null (an AK/SK pair, a configured token)
 */
record Caller(Set<String> projects, User user) {

	/** The request attribute the IAM lookups find their caller in. */
	static final String ATTRIBUTE = "cce.caller";

	Caller {
		projects = Set.copyOf(projects);
	}

}
