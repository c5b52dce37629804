package io.cceemulator.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.cceemulator.system.BufferedBodyRequest;

import io.cceemulator.auth.signing.AuthorizationHeader;

/**
 * The signature covers the body, so the body of an AK/SK-signed CCE call is read (de-chunked by the container) before
 * Spring MVC parses it, kept for the {@link AuthInterceptor}, and replayed to the controller. A body over the limit
 * is not kept; the interceptor refuses the call. Verification itself stays in the interceptor, so that its refusals
 * reach the error advice.
 */
class SignedBodyFilter extends OncePerRequestFilter {

	static final String BODY = SignedBodyFilter.class.getName() + ".body";

	static final String TOO_LARGE = SignedBodyFilter.class.getName() + ".tooLarge";

	private final long maxBytes;

	SignedBodyFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String authorization = request.getHeader("Authorization");
		return !path.startsWith("/api/") || authorization == null
				|| !authorization.strip().startsWith(AuthorizationHeader.ALGORITHM);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		if (body.length > this.maxBytes) {
			request.setAttribute(TOO_LARGE, this.maxBytes);
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(BODY, body);
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/** The body the signature was checked against, or an empty body if none was kept. */
	static byte[] body(HttpServletRequest request) {
		return (request.getAttribute(BODY) instanceof byte[] body) ? body : new byte[0];
	}

}
