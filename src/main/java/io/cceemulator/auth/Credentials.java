package io.cceemulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The checked credentials of a data file, ready for the {@link CredentialRegistry}. Messages of a refused file name
 * the entry (by position, access key id or user name) but never a secret.
 * @param projects the names of the data file's projects, by id
 */
public record Credentials(List<AccessKey> accessKeys, List<User> users, List<Token> tokens,
		Map<String, String> projects) {

	/** The token a data file without a credentials section gets, for every project in it. */
	public static final String FALLBACK_TOKEN = "emulator-token";

	/** The AK/SK pair (fake, also the default project's in the embedded data) such a data file gets likewise. */
	public static final String FALLBACK_AK = "EMULATORAKPROJECTA01";

	private static final String FALLBACK_SK = "EmulatorSecretKeyOfProjectA0000000000000";

	public Credentials {
		accessKeys = List.copyOf(accessKeys);
		users = List.copyOf(users);
		tokens = List.copyOf(tokens);
		projects = Map.copyOf(projects);
	}

	record AccessKey(String accessKey, String secretKey, Set<String> projects) {

		@Override
		public String toString() {
			return "AccessKey[accessKey=" + this.accessKey + ", projects=" + this.projects + "]";
		}

	}

	record User(String id, String domainId, String domainName, String name, String password, Set<String> projects) {

		@Override
		public String toString() {
			return "User[domainName=" + this.domainName + ", name=" + this.name + ", projects=" + this.projects + "]";
		}

	}

	record Token(String value, Set<String> projects) {

		@Override
		public String toString() {
			return "Token[projects=" + this.projects + "]";
		}

	}

	/**
	 * @param projects the names of the data file's projects, by id
	 * @throws IllegalArgumentException naming the first entry that is incomplete, repeated or names an unknown project
	 */
	public static Credentials of(CredentialsData data, Map<String, String> projects) {
		List<AccessKey> keys = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < size(data.accessKeys()); i++) {
			CredentialsData.AccessKeyData key = data.accessKeys().get(i);
			String where = "credentials.accessKeys[" + i + "]";
			require(key != null && present(key.ak()) && present(key.sk()), where, "needs an ak and an sk");
			require(seen.add(key.ak()), where, "access key " + key.ak() + " appears twice");
			keys.add(new AccessKey(key.ak(), key.sk(), projects(where, key.projects(), projects)));
		}
		List<User> users = new ArrayList<>();
		for (int i = 0; i < size(data.users()); i++) {
			CredentialsData.UserData user = data.users().get(i);
			String where = "credentials.users[" + i + "]";
			require(user != null && present(user.domain()) && present(user.name()) && present(user.password()), where,
					"needs a domain, a name and a password");
			require(seen.add("user/" + user.domain() + "/" + user.name()), where,
					"user " + user.name() + " of domain " + user.domain() + " appears twice");
			users.add(new User(stableId("user/" + user.domain() + "/" + user.name()), stableId("domain/" + user.domain()),
					user.domain(), user.name(), user.password(), projects(where, user.projects(), projects)));
		}
		List<Token> tokens = new ArrayList<>();
		for (int i = 0; i < size(data.tokens()); i++) {
			CredentialsData.TokenData token = data.tokens().get(i);
			String where = "credentials.tokens[" + i + "]";
			require(token != null && present(token.token()), where, "needs a token");
			require(seen.add("token/" + token.token()), where, "repeats an earlier token");
			tokens.add(new Token(token.token(), projects(where, token.projects(), projects)));
		}
		return new Credentials(keys, users, tokens, projects);
	}

	/** For a data file without a credentials section: the fallback token and AK/SK pair, for every project. */
	public static Credentials fallback(Map<String, String> projects) {
		Set<String> all = Set.copyOf(projects.keySet());
		return new Credentials(List.of(new AccessKey(FALLBACK_AK, FALLBACK_SK, all)), List.of(),
				List.of(new Token(FALLBACK_TOKEN, all)), projects);
	}

	private static Set<String> projects(String where, List<String> ids, Map<String, String> projects) {
		require(ids != null && !ids.isEmpty(), where, "needs at least one project");
		for (String id : ids) {
			require(projects.containsKey(id), where, "names unknown project " + id);
		}
		return Set.copyOf(new LinkedHashSet<>(ids));
	}

	/** IAM ids are 32 lower-case hex digits. */
	static String stableId(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
	}

	private static int size(List<?> list) {
		return (list != null) ? list.size() : 0;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static void require(boolean ok, String where, String problem) {
		if (!ok) {
			throw new IllegalArgumentException(where + ": " + problem);
		}
	}

}
