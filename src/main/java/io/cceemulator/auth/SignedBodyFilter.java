package io.cceemulator.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.BodyClaim;
import io.cceemulator.web.PipelineFilter;
import io.cceemulator.web.Stage;

import io.cceemulator.auth.signing.AuthorizationHeader;
import io.cceemulator.web.BufferedBodyRequest;

/**
 * The signature covers the body, so the body of an AK/SK-signed CCE call is read (de-chunked by the container) before
 * Spring MVC parses it, kept for the {@link AuthInterceptor}, and replayed to the controller. A body over the limit
 * is not kept (the rest is drained first, so that the client hears the refusal:
 * {@link BufferedBodyRequest#readBounded}); the interceptor refuses the call. A body not all there within the read
 * timeout is refused with 400, as on unsigned calls. Verification itself stays in the interceptor, so that its
 * refusals reach the error advice.
 */
@Component
class SignedBodyFilter implements PipelineFilter, BodyClaim {

	static final String BODY = SignedBodyFilter.class.getName() + ".body";

	static final String TOO_LARGE = SignedBodyFilter.class.getName() + ".tooLarge";

	private final boolean strict;

	private final long maxBytes;

	private final long readTimeoutNanos;

	SignedBodyFilter(EmulatorProperties properties) {
		this.strict = properties.auth().mode() == EmulatorProperties.AuthMode.STRICT;
		this.maxBytes = properties.auth().maxSignedBody().toBytes();
		this.readTimeoutNanos = properties.limits().bodyReadTimeout().toNanos();
	}

	@Override
	public Stage stage() {
		return Stage.SIGNED_BODY;
	}

	/** Only strict mode checks signatures, so only it needs a signed CCE call's body in memory. */
	@Override
	public boolean applies(HttpServletRequest request) {
		return claims(request);
	}

	@Override
	public boolean claims(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return this.strict && ApiSurface.of(request) == ApiSurface.CCE && authorization != null
				&& authorization.strip().startsWith(AuthorizationHeader.ALGORITHM);
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try {
			body = BufferedBodyRequest.readBounded(request.getInputStream(), this.maxBytes, this.readTimeoutNanos);
		}
		catch (IOException ex) {
			if (!BufferedBodyRequest.isTimeout(ex)) {
				throw ex;
			}
			BufferedBodyRequest.refuse(response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (body == null) {
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
