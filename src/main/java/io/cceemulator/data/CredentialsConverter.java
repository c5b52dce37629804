package io.cceemulator.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cceemulator.state.Credentials;
import io.cceemulator.state.Credentials.AccessKey;
import io.cceemulator.state.Credentials.Token;
import io.cceemulator.state.Credentials.User;

/**
 * Checks the credentials section of a data file. Messages of a refused file name the entry (by position, access key
 * id or user name) but never a secret.
 */
final class CredentialsConverter {

	/** The token a data file without a credentials section gets, for every project in it. */
	static final String FALLBACK_TOKEN = "emulator-token";

	/** The AK/SK pair (fake, also the default project's in the embedded data) such a data file gets likewise. */
	static final String FALLBACK_AK = "EMULATORAKPROJECTA01";

	private static final String FALLBACK_SK = "EmulatorSecretKeyOfProjectA0000000000000";

	private CredentialsConverter() {
	}

	/**
	 * @param projects the names of the data file's projects, by id
	 * @throws IllegalArgumentException naming the first entry that is incomplete, repeated or names an unknown project
	 */
	static Credentials of(CredentialsData data, Map<String, String> projects) {
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
		Map<String, String> accounts = new HashMap<>();
		for (int i = 0; i < size(data.users()); i++) {
			CredentialsData.UserData user = data.users().get(i);
			String where = "credentials.users[" + i + "]";
			require(user != null && present(user.domain()) && present(user.name()) && present(user.password()), where,
					"needs a domain, a name and a password");
			require(seen.add("user/" + user.domain() + "/" + user.name()), where,
					"user " + user.name() + " of domain " + user.domain() + " appears twice");
			users.add(new User(stableId("user/" + user.domain() + "/" + user.name()), stableId("domain/" + user.domain()),
					user.domain(), user.name(), user.password(), projects(where, user.projects(), projects)));
			for (String project : user.projects()) {
				// a project belongs to one account (IAM's domain), which IAM's lookups name
				String account = accounts.putIfAbsent(project, user.domain());
				require(account == null || account.equals(user.domain()), where, "project " + project
						+ " belongs to domain " + account + " (an earlier user's), not to domain " + user.domain());
			}
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

	/**
	 * For data without a credentials section: what of {@code previous} grants its projects, narrowed to them; and for
	 * every project nothing grants, the fallback token and AK/SK pair.
	 */
	static Credentials keepOrFallback(Credentials previous, Map<String, String> projects) {
		Set<String> ids = projects.keySet();
		List<AccessKey> keys = new ArrayList<>();
		List<User> users = new ArrayList<>();
		List<Token> tokens = new ArrayList<>();
		if (previous != null) {
			previous.accessKeys().stream().map((k) -> new AccessKey(k.accessKey(), k.secretKey(), within(k.projects(), ids)))
				.filter((k) -> !k.projects().isEmpty()).forEach(keys::add);
			previous.users().stream().map((u) -> new User(u.id(), u.domainId(), u.domainName(), u.name(), u.password(),
					within(u.projects(), ids))).filter((u) -> !u.projects().isEmpty()).forEach(users::add);
			previous.tokens().stream().map((t) -> new Token(t.value(), within(t.projects(), ids)))
				.filter((t) -> !t.projects().isEmpty()).forEach(tokens::add);
		}
		Set<String> uncovered = new LinkedHashSet<>(ids);
		keys.forEach((k) -> uncovered.removeAll(k.projects()));
		tokens.forEach((t) -> uncovered.removeAll(t.projects()));
		users.forEach((u) -> uncovered.removeAll(u.projects()));
		if (!uncovered.isEmpty()) {
			grant(keys, FALLBACK_AK, (k) -> k.accessKey(), (k, p) -> new AccessKey(k.accessKey(), k.secretKey(), p),
					new AccessKey(FALLBACK_AK, FALLBACK_SK, Set.copyOf(uncovered)), uncovered, AccessKey::projects);
			grant(tokens, FALLBACK_TOKEN, (t) -> t.value(), (t, p) -> new Token(t.value(), p),
					new Token(FALLBACK_TOKEN, Set.copyOf(uncovered)), uncovered, Token::projects);
		}
		return new Credentials(keys, users, tokens, projects);
	}

	/** Adds the projects to the entry with this key, or adds the fresh entry. */
	private static <T> void grant(List<T> entries, String key, java.util.function.Function<T, String> keyOf,
			java.util.function.BiFunction<T, Set<String>, T> rebind, T fresh, Set<String> projects,
			java.util.function.Function<T, Set<String>> projectsOf) {
		for (int i = 0; i < entries.size(); i++) {
			if (keyOf.apply(entries.get(i)).equals(key)) {
				Set<String> all = new LinkedHashSet<>(projectsOf.apply(entries.get(i)));
				all.addAll(projects);
				entries.set(i, rebind.apply(entries.get(i), Set.copyOf(all)));
				return;
			}
		}
		entries.add(fresh);
	}

	private static Set<String> within(Set<String> granted, Set<String> ids) {
		Set<String> kept = new LinkedHashSet<>(granted);
		kept.retainAll(ids);
		return Set.copyOf(kept);
	}

	/** For a data file without a credentials section: the fallback token and AK/SK pair, for every project. */
	static Credentials fallback(Map<String, String> projects) {
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
