package io.cceemulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Credentials;
import io.cceemulator.state.Credentials.AccessKey;
import io.cceemulator.state.Credentials.User;
import io.cceemulator.state.StateListener;
import io.cceemulator.state.World;

/**
 * The credentials of the loaded data plus the tokens issued since. Tokens are kept only as SHA-256 hashes, passwords
 * are compared by hash in constant time; nothing here is ever logged.
 */
@Component
public class CredentialRegistry implements StateListener {

	/**
	 * What a token may do; {@code expiresAt} is null for a configured token, {@code user} the user an issued token was
	 * issued to (null for a configured one).
	 */
	record TokenGrant(Set<String> projects, Instant expiresAt, User user) {
	}

	/** An account, which IAM calls a domain. */
	record Domain(String id, String name) {
	}

	/** A token just issued; its value leaves the emulator once, in {@code X-Subject-Token}. */
	record IssuedToken(String value, User user, String projectId, Instant issuedAt, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[user=" + this.user + ", projectId=" + this.projectId + "]";
		}

	}

	/** @param domains the account of each project, by project id */
	private record State(Credentials credentials, Map<String, AccessKey> keys, Map<String, User> users,
			Map<String, TokenGrant> tokens, Map<String, Domain> domains) {
	}

	/**
	 * The account of projects no user of the data is granted: the default data's ({@code emulator-domain}), with the
	 * id the data gives an account of that name ({@code data/CredentialsConverter.stableId}).
	 */
	static final Domain DEFAULT_DOMAIN = new Domain(
			UUID.nameUUIDFromBytes("domain/emulator-domain".getBytes(StandardCharsets.UTF_8)).toString().replace("-", ""),
			"emulator-domain");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** At most this many issued tokens are kept; past it the oldest is forgotten, as if it had expired. */
	private static final int MAX_ISSUED = 100_000;

	/** An issued token's hash and expiry, in the order they were issued. */
	private record Issue(String hash, Instant expiresAt) {
	}

	private final Clock clock;

	private final Duration tokenLifetime;

	private final AtomicReference<State> state = new AtomicReference<>(
			index(new Credentials(List.of(), List.of(), List.of(), Map.of())));

	private final Map<String, TokenGrant> issued = new ConcurrentHashMap<>();

	private final java.util.ArrayDeque<Issue> issueOrder = new java.util.ArrayDeque<>();

	CredentialRegistry(Clock clock, EmulatorProperties properties) {
		this.clock = clock;
		this.tokenLifetime = properties.auth().tokenLifetime();
	}

	/** Every credential is the loaded state's; tokens issued so far are forgotten (a data load or reset). */
	@Override
	public void replaced(World world) {
		replaceAll(world.credentials());
	}

	void replaceAll(Credentials credentials) {
		this.state.set(index(credentials));
		synchronized (this.issueOrder) {
			this.issued.clear();
			this.issueOrder.clear();
		}
	}

	Optional<AccessKey> accessKey(String accessKey) {
		return Optional.ofNullable(this.state.get().keys().get(accessKey));
	}

	Optional<TokenGrant> token(String token) {
		String hash = sha256(token);
		TokenGrant configured = this.state.get().tokens().get(hash);
		return (configured != null) ? Optional.of(configured) : Optional.ofNullable(this.issued.get(hash));
	}

	/** The user with this domain (account) name, user name and password, if all three match. */
	Optional<User> authenticate(String domainName, String userName, String password) {
		User user = this.state.get().users().get(domainName + "/" + userName);
		byte[] given = sha256Bytes(password);
		byte[] expected = sha256Bytes((user != null) ? user.password() : "");
		return (MessageDigest.isEqual(given, expected) && user != null) ? Optional.of(user) : Optional.empty();
	}

	/** Issues an opaque random token (never derived from the password) for the user, scoped to one project or none. */
	IssuedToken issue(User user, String projectId) {
		byte[] bytes = new byte[48];
		RANDOM.nextBytes(bytes);
		String value = "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.tokenLifetime);
		String hash = sha256(value);
		synchronized (this.issueOrder) {
			forgetExpired(now);
			this.issued.put(hash, new TokenGrant((projectId != null) ? Set.of(projectId) : Set.of(), expiresAt, user));
			this.issueOrder.add(new Issue(hash, expiresAt));
		}
		return new IssuedToken(value, user, projectId, now, expiresAt);
	}

	/** Tokens expire in the order they were issued (one lifetime for all): the oldest go first, a few at a time. */
	private void forgetExpired(Instant now) {
		for (Issue oldest = this.issueOrder.peek(); oldest != null
				&& (!now.isBefore(oldest.expiresAt()) || this.issueOrder.size() >= MAX_ISSUED); oldest = this.issueOrder.peek()) {
			this.issueOrder.poll();
			this.issued.remove(oldest.hash());
		}
	}

	/** The names of the loaded data's projects, by id. */
	Map<String, String> projects() {
		return this.state.get().credentials().projects();
	}

	/** The account a project belongs to: the one of the users it is granted to, else {@link #DEFAULT_DOMAIN}. */
	Domain domainOf(String projectId) {
		return this.state.get().domains().getOrDefault(projectId, DEFAULT_DOMAIN);
	}

	Optional<String> projectName(String projectId) {
		return Optional.ofNullable(this.state.get().credentials().projects().get(projectId));
	}

	Optional<String> projectId(String projectName) {
		return this.state.get()
			.credentials()
			.projects()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(projectName))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	private static State index(Credentials credentials) {
		Map<String, Domain> domains = new HashMap<>();
		credentials.users()
			.forEach((u) -> u.projects()
				.forEach((p) -> domains.putIfAbsent(p, new Domain(u.domainId(), u.domainName()))));
		return new State(credentials,
				credentials.accessKeys().stream().collect(Collectors.toUnmodifiableMap(AccessKey::accessKey, k -> k)),
				credentials.users()
					.stream()
					.collect(Collectors.toUnmodifiableMap((u) -> u.domainName() + "/" + u.name(), Function.identity())),
				credentials.tokens()
					.stream()
					.collect(Collectors.toUnmodifiableMap((t) -> sha256(t.value()),
							(t) -> new TokenGrant(t.projects(), null, null))),
				Map.copyOf(domains));
	}

	private static String sha256(String value) {
		return HexFormat.of().formatHex(sha256Bytes(value));
	}

	private static byte[] sha256Bytes(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
