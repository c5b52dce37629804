package io.cceemulator.admin;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.cceemulator.support.Settings;
import io.cceemulator.error.AdminException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminAccessTests {

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/__admin/reset");
		request.setRemoteAddr(address);
		return request;
	}

	private static boolean allowed(AdminAccess access, MockHttpServletRequest request) {
		return access.preHandle(request, new MockHttpServletResponse(), new Object());
	}

	@Test
	void isOpenToLoopbackClientsWithoutAToken() {
		AdminAccess access = new AdminAccess(Settings.of());
		assertThat(allowed(access, from("127.0.0.1"))).isTrue();
		assertThat(allowed(access, from("::1"))).isTrue();
		assertThatThrownBy(() -> allowed(access, from("10.1.2.3"))).isInstanceOfSatisfying(AdminException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
	}

	@Test
	void opensToRemoteClientsWhenAllowed() {
		assertThat(allowed(new AdminAccess(Settings.of("emulator.admin.allow-remote", "true")), from("10.1.2.3"))).isTrue();
	}

	@Test
	void requiresTheConfiguredTokenFromEveryone() {
		AdminAccess access = new AdminAccess(Settings.of("emulator.admin.token", "s3cret"));
		assertThatThrownBy(() -> allowed(access, from("127.0.0.1"))).isInstanceOfSatisfying(AdminException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
		MockHttpServletRequest withHeader = from("10.1.2.3");
		withHeader.addHeader("X-Admin-Token", "s3cret");
		assertThat(allowed(access, withHeader)).isTrue();
		MockHttpServletRequest bearer = from("10.1.2.3");
		bearer.addHeader("Authorization", "Bearer s3cret");
		assertThat(allowed(access, bearer)).isTrue();
		MockHttpServletRequest wrong = from("127.0.0.1");
		wrong.addHeader("X-Admin-Token", "guess");
		assertThatThrownBy(() -> allowed(access, wrong)).isInstanceOf(AdminException.class);
	}

	@Test
	void refusesAPageOfAnotherOriginAndARebindingHostName() {
		AdminAccess access = new AdminAccess(Settings.of());
		MockHttpServletRequest page = from("127.0.0.1");
		page.addHeader("Host", "localhost:8080");
		page.addHeader("Origin", "http://evil.example");
		assertThatThrownBy(() -> allowed(access, page)).isInstanceOfSatisfying(AdminException.class,
				(ex) -> assertThat(ex.getMessage()).contains("Origin http://evil.example"));
		MockHttpServletRequest rebound = from("127.0.0.1");
		rebound.addHeader("Host", "evil.example:8080");
		assertThatThrownBy(() -> allowed(access, rebound)).isInstanceOfSatisfying(AdminException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		MockHttpServletRequest sameOrigin = from("::1");
		sameOrigin.addHeader("Host", "[::1]:8080");
		sameOrigin.addHeader("Origin", "http://[::1]:8080");
		assertThat(allowed(access, sameOrigin)).isTrue();
		MockHttpServletRequest local = from("127.0.0.1");
		local.addHeader("Host", "127.0.0.1:8080");
		assertThat(allowed(access, local)).isTrue();
	}

}
