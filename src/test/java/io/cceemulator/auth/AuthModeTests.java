package io.cceemulator.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.state.Credentials;
import io.cceemulator.support.Settings;
import io.cceemulator.EmulatorProperties.AuthMode;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.GatewayException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three modes, on the interceptor alone (the full-server suite runs in the default strict mode). */
class AuthModeTests {

	private static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	private static final String OTHER = "1b2c3d4e5f60718293a4b5c6d7e8f90a";

	private static final String WELL_FORMED = "SDK-HMAC-SHA256 Access=ANYKEY, SignedHeaders=host;x-sdk-date, Signature="
			+ "0".repeat(64);

	private static AuthInterceptor interceptor(AuthMode mode) {
		Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		EmulatorProperties properties = Settings.of("emulator.auth.mode", mode.name());
		CredentialRegistry credentials = new CredentialRegistry(clock, properties);
		credentials.replaceAll(new Credentials(List.of(), List.of(), List.of(new Credentials.Token("known",
				Set.of(PROJECT))), Map.of(PROJECT, "cn-north-4", OTHER, "cn-north-4_b")));
		return new AuthInterceptor(properties, credentials, new SignatureFailures(), clock);
	}

	private static MockHttpServletRequest call(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v3/projects/" + PROJECT + "/clusters");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("project_id", PROJECT));
		if (header != null) {
			request.addHeader(header, value);
		}
		return request;
	}

	private static boolean passes(AuthMode mode, MockHttpServletRequest request) {
		return interceptor(mode).preHandle(request, new MockHttpServletResponse(), new Object());
	}

	private static void assertRefused(AuthMode mode, MockHttpServletRequest request, GatewayError error, String detail) {
		assertThatThrownBy(() -> passes(mode, request)).isInstanceOfSatisfying(GatewayException.class, (ex) -> {
			assertThat(ex.error()).isEqualTo(error);
			assertThat(ex.getMessage()).isEqualTo(error.message() + ": " + detail);
		});
	}

	@Test
	void lenientModeAcceptsAnyNonEmptyTokenForThePathsProject() {
		assertThat(passes(AuthMode.LENIENT, call("X-Auth-Token", "anything"))).isTrue();
		assertRefused(AuthMode.STRICT, call("X-Auth-Token", "anything"), GatewayError.UNAUTHORIZED,
				"decrypt token fail");
	}

	@Test
	void lenientModeAcceptsAnyWellFormedSignatureWithoutCheckingIt() {
		assertThat(passes(AuthMode.LENIENT, call("Authorization", WELL_FORMED))).isTrue();
		assertRefused(AuthMode.STRICT, call("Authorization", WELL_FORMED), GatewayError.UNAUTHORIZED,
				"x-sdk-date not found");
	}

	@Test
	void lenientModeStillRefusesMissingOrMalformedCredentials() {
		assertRefused(AuthMode.LENIENT, call(null, null), GatewayError.UNAUTHORIZED, "x-auth-token not found");
		assertRefused(AuthMode.LENIENT, call("Authorization", "Basic dXNlcjpwYXNz"), GatewayError.UNAUTHORIZED,
				"unsupported algorithm Basic (expected SDK-HMAC-SHA256)");
	}

	@Test
	void offModeChecksNothingAtAll() {
		assertThat(passes(AuthMode.OFF, call(null, null))).isTrue();
		assertThat(passes(AuthMode.OFF, call("Authorization", "Basic dXNlcjpwYXNz"))).isTrue();
		assertThat(passes(AuthMode.OFF, call("X-Auth-Token", "anything"))).isTrue();
	}

	@Test
	void strictModeAcceptsAKnownTokenOfThePathsProject() {
		assertThat(passes(AuthMode.STRICT, call("X-Auth-Token", "known"))).isTrue();
	}

	/** A call of IAM's {@code GET /v3/auth/domains} (or of the token request), through the interceptor alone. */
	private static Caller iamLookup(AuthMode mode, String header, String value, String handlerMethod)
			throws ReflectiveOperationException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v3/auth/domains");
		if (header != null) {
			request.addHeader(header, value);
		}
		Object handler = new HandlerMethod(new IamLookupController(null), IamLookupController.class
			.getDeclaredMethod("domains", Caller.class, jakarta.servlet.http.HttpServletRequest.class));
		if (handlerMethod != null) {
			handler = new HandlerMethod(new Object(), Object.class.getMethod(handlerMethod));
		}
		assertThat(interceptor(mode).preHandle(request, new MockHttpServletResponse(), handler)).isTrue();
		return (Caller) request.getAttribute(Caller.ATTRIBUTE);
	}

	@Test
	void givesIamsLookupsTheCallerOfAKnownTokenInStrictModeAndEveryProjectOtherwise() throws Exception {
		assertThat(iamLookup(AuthMode.STRICT, "X-Auth-Token", "known", null).projects()).containsExactly(PROJECT);
		assertThat(iamLookup(AuthMode.LENIENT, "X-Auth-Token", "anything", null).projects())
			.containsExactlyInAnyOrder(PROJECT, OTHER);
		assertThat(iamLookup(AuthMode.OFF, null, null, null).projects()).containsExactlyInAnyOrder(PROJECT, OTHER);
		assertThatThrownBy(() -> iamLookup(AuthMode.STRICT, "X-Auth-Token", "anything", null))
			.isInstanceOf(GatewayException.class);
	}

	@Test
	void asksNoCredentialOfAnIamHandlerThatIsNotALookup() throws Exception {
		assertThat(iamLookup(AuthMode.STRICT, null, null, "hashCode")).isNull();
	}

}
