package io.cceemulator.auth;

import java.util.List;

/**
 * The body of IAM's {@code POST /v3/auth/tokens} with the password method:
 * {@code {"auth":{"identity":{"methods":["password"],"password":{"user":{"name","password","domain":{"name"}}}},
 * "scope":{"project":{"id"|"name"}}}}}.
 */
record IamTokenRequest(Auth auth) {

	record Auth(Identity identity, Scope scope) {
	}

	record Identity(List<String> methods, Password password) {
	}

	record Password(PasswordUser user) {
	}

	record PasswordUser(String name, String password, Ref domain) {

		@Override
		public String toString() {
			return "PasswordUser[name=" + this.name + ", domain=" + this.domain + "]";
		}

	}

	/** A project or domain, by id or by name. */
	record Ref(String id, String name) {
	}

	/** Without a project the token is scoped to the account (domain) and opens no project's API. */
	record Scope(Ref project, Ref domain) {
	}

}
