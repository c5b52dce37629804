package io.cceemulator.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * Bounds the body of a call to the emulated APIs before anything else reads it: a body over {@code maxBody}, declared
 * or counted as it arrives, is refused with 413, and a body that has not arrived after {@code readTimeout} (a client
 * trickling bytes, which Tomcat's per-read timeout never catches) is refused with 400. The refusals go through {@code
 * /error}, so they leave in CCE's body, and close the connection. Before refusing, up to
 * {@link BufferedBodyRequest#DRAIN_FACTOR} times the limit is read and thrown away, so that a client still writing
 * hears the 413 rather than a broken pipe ({@link BufferedBodyRequest#readBounded}). A client that asked first
 * ({@code Expect: 100-continue}) is answered at once, before it sends the body. The admin API is not limited: data
 * loads are large, and only loopback clients or token holders reach it. An AK/SK-signed CCE call in strict mode is
 * left to the signature check, which reads and bounds its body the same way and refuses it in the gateway's words, as
 * the gateway would.
 */
@Component
class RequestLimitFilter implements PipelineFilter {

	private final long maxBody;

	private final long maxAdminBody;

	private final long readTimeoutNanos;

	private final List<BodyClaim> claims;

	RequestLimitFilter(EmulatorProperties properties, List<BodyClaim> claims) {
		this.maxBody = properties.limits().maxBody().toBytes();
		this.maxAdminBody = properties.limits().maxAdminBody().toBytes();
		this.readTimeoutNanos = properties.limits().bodyReadTimeout().toNanos();
		this.claims = List.copyOf(claims);
	}

	@Override
	public Stage stage() {
		return Stage.BODY_LIMIT;
	}

	@Override
	public boolean applies(HttpServletRequest request) {
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		ApiSurface surface = ApiSurface.of(request);
		return body && (surface.isCloud() || surface == ApiSurface.ADMIN)
				&& this.claims.stream().noneMatch((c) -> c.claims(request));
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = (ApiSurface.of(request) == ApiSurface.ADMIN) ? this.maxAdminBody : this.maxBody;
		long declared = request.getContentLengthLong();
		boolean asksFirst = request.getHeader("Expect") != null;
		if (declared > max && (asksFirst || declared > max * BufferedBodyRequest.DRAIN_FACTOR)) {
			BufferedBodyRequest.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body;
		try {
			body = BufferedBodyRequest.readBounded(request.getInputStream(), max, this.readTimeoutNanos);
		}
		catch (IOException ex) {
			if (!BufferedBodyRequest.isTimeout(ex)) {
				throw ex;
			}
			BufferedBodyRequest.refuse(response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (body == null) {
			BufferedBodyRequest.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

}
