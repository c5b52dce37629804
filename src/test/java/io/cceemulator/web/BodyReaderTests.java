package io.cceemulator.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.cceemulator.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/** Every body has a bound: the cloud APIs' and, larger, the admin API's (its data loads). */
class BodyReaderTests {

	private final BodyReader filter = new BodyReader(
			Settings.of("emulator.limits.max-body", "1KB", "emulator.limits.max-admin-body", "4KB"), List.of());

	private int status(String path, int bytes) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", path);
		request.setContent(new byte[bytes]);
		ApiSurface.decide(request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.filter.applies(request)).isTrue();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	@Test
	void takesABodyThatIsThereAlreadyWithoutGoingAsynchronous() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v3/projects/p/clusters");
		request.setAsyncSupported(true);
		request.setContent("{\"a\":1}".getBytes());
		ApiSurface.decide(request);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(request.isAsyncStarted()).isFalse();
		assertThat(chain.getRequest().getInputStream().readAllBytes()).asString().isEqualTo("{\"a\":1}");
		assertThat((byte[]) request.getAttribute(BufferedBodyRequest.BODY)).asString().isEqualTo("{\"a\":1}");
	}

	@Test
	void boundsTheAdminApisBodiesByTheirOwnLimit() throws Exception {
		assertThat(status("/__admin/data", 3 * 1024)).isEqualTo(200);
		assertThat(status("/__admin/data", 5 * 1024)).isEqualTo(413);
		assertThat(status("/api/v3/projects/p/clusters", 3 * 1024)).isEqualTo(413);
		assertThat(status("/api/v3/projects/p/clusters", 512)).isEqualTo(200);
	}

}
