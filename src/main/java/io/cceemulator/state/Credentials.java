package io.cceemulator.state;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call the emulated cloud: AK/SK pairs, IAM users and ready-made tokens, each granted projects, and the
 * projects' names. Part of the state, so a load, a reset and a restart take them along; secrets stay out of
 * {@code toString()} and out of every export.
 *
 * @param projects the names of the projects, by id
 */
public record Credentials(List<AccessKey> accessKeys, List<User> users, List<Token> tokens,
		Map<String, String> projects) {

	public Credentials {
		accessKeys = List.copyOf(accessKeys);
		users = List.copyOf(users);
		tokens = List.copyOf(tokens);
		projects = Map.copyOf(projects);
	}

	public static Credentials none() {
		return new Credentials(List.of(), List.of(), List.of(), Map.of());
	}

	public record AccessKey(String accessKey, String secretKey, Set<String> projects) {

		@Override
		public String toString() {
			return "AccessKey[accessKey=" + this.accessKey + ", projects=" + this.projects + "]";
		}

	}

	/** @param domainId the account's id; {@code domainName} its name, as IAM's password login names it */
	public record User(String id, String domainId, String domainName, String name, String password,
			Set<String> projects) {

		@Override
		public String toString() {
			return "User[domainName=" + this.domainName + ", name=" + this.name + ", projects=" + this.projects + "]";
		}

	}

	public record Token(String value, Set<String> projects) {

		@Override
		public String toString() {
			return "Token[projects=" + this.projects + "]";
		}

	}

}
