package io.cceemulator.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cceemulator.state.Credentials.User;

/** The body IAM answers a token request with (the token itself travels in {@code X-Subject-Token}). */
record IamTokenResponse(Token token) {

	/** IAM's timestamps, e.g. {@code 2015-11-09T01:42:57.527363Z}. */
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	record Token(@JsonProperty("expires_at") String expiresAt, @JsonProperty("issued_at") String issuedAt,
			List<String> methods, Project project, Domain domain, UserView user, List<Object> catalog,
			List<Object> roles) {
	}

	record Project(String id, String name, Domain domain) {
	}

	record Domain(String id, String name) {
	}

	record UserView(String id, String name, Domain domain) {
	}

	/** A project-scoped token names its project; a domain-scoped one its domain. */
	static IamTokenResponse of(CredentialRegistry.IssuedToken issued, String projectName) {
		User user = issued.user();
		Domain domain = new Domain(user.domainId(), user.domainName());
		Project project = (issued.projectId() != null) ? new Project(issued.projectId(), projectName, domain) : null;
		return new IamTokenResponse(new Token(format(issued.expiresAt()), format(issued.issuedAt()),
				List.of("password"), project, (project == null) ? domain : null,
				new UserView(user.id(), user.name(), domain), List.of(), List.of()));
	}

	static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
