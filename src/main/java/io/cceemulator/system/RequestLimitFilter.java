package io.cceemulator.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

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
class RequestLimitFilter extends OncePerRequestFilter {

	private final long maxBody;

	private final long readTimeoutNanos;

	private final boolean signedBodiesBounded;

	RequestLimitFilter(long maxBody, Duration readTimeout, boolean signedBodiesBounded) {
		this.maxBody = maxBody;
		this.readTimeoutNanos = readTimeout.toNanos();
		this.signedBodiesBounded = signedBodiesBounded;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		String authorization = request.getHeader("Authorization");
		boolean signed = this.signedBodiesBounded && path.startsWith("/api/") && authorization != null
				&& authorization.strip().startsWith("SDK-HMAC-SHA256");
		return !body || signed || path.startsWith("/__admin") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		boolean asksFirst = request.getHeader("Expect") != null;
		if (declared > this.maxBody && (asksFirst || declared > this.maxBody * BufferedBodyRequest.DRAIN_FACTOR)) {
			BufferedBodyRequest.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body;
		try {
			body = BufferedBodyRequest.readBounded(request.getInputStream(), this.maxBody, this.readTimeoutNanos);
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
