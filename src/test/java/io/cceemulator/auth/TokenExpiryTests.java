package io.cceemulator.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Credentials;
import io.cceemulator.support.Settings;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.GatewayException;
import io.cceemulator.system.VirtualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issued tokens expire after the configured lifetime on the emulator's clock (unit level: the clock is moved 24 h). */
class TokenExpiryTests {

	private static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	private final VirtualClock clock = new VirtualClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
			ZoneOffset.UTC));

	private final EmulatorProperties properties = Settings.of();

	private final CredentialRegistry credentials = new CredentialRegistry(this.clock, this.properties);

	private final AuthInterceptor interceptor = new AuthInterceptor(this.properties, this.credentials,
			new SignatureFailures(), this.clock);

	TokenExpiryTests() {
		this.clock.freeze();
		this.credentials.replaceAll(new Credentials(List.of(), List.of(new Credentials.User("u1", "d1", "domain", "user",
				"password", Set.of(PROJECT))), List.of(), Map.of(PROJECT, "cn-north-4")));
	}

	private boolean call(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v3/projects/" + PROJECT + "/clusters");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("project_id", PROJECT));
		request.addHeader("X-Auth-Token", token);
		return this.interceptor.preHandle(request, new MockHttpServletResponse(), new Object());
	}

	@Test
	void acceptsAnIssuedTokenFor24HoursAndRefusesItAfterwards() {
		Credentials.User user = this.credentials.authenticate("domain", "user", "password").orElseThrow();
		CredentialRegistry.IssuedToken token = this.credentials.issue(user, PROJECT);
		assertThat(token.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofHours(24)));

		this.clock.advance(Duration.ofHours(24).minusSeconds(1));
		assertThat(call(token.value())).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThatThrownBy(() -> call(token.value())).isInstanceOfSatisfying(GatewayException.class, (ex) -> {
			assertThat(ex.error()).isEqualTo(GatewayError.UNAUTHORIZED);
			assertThat(ex.getMessage()).isEqualTo(
					"Incorrect IAM authentication information: token expires, expires_at: 2026-01-02T00:00:00.000000Z");
		});
	}

	@Test
	void forgetsIssuedTokensWhenTheDataIsReloaded() {
		Credentials.User user = this.credentials.authenticate("domain", "user", "password").orElseThrow();
		String token = this.credentials.issue(user, PROJECT).value();
		assertThat(this.credentials.token(token)).isPresent();
		this.credentials.replaceAll(new Credentials(List.of(), List.of(), List.of(new Credentials.Token("emulator-token",
				Set.of(PROJECT))), Map.of(PROJECT, "cn-north-4")));
		assertThat(this.credentials.token(token)).isEmpty();
	}

	@Test
	void refusesAWrongPasswordOrAnUnknownUser() {
		assertThat(this.credentials.authenticate("domain", "user", "Password")).isEmpty();
		assertThat(this.credentials.authenticate("domain", "nobody", "password")).isEmpty();
		assertThat(this.credentials.authenticate("other", "user", "password")).isEmpty();
	}

}
