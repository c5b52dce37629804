package io.cceemulator.auth;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.auth.signing.AuthorizationHeader;
import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.BodyLimits;

/**
 * The signature covers the body, so in strict mode an AK/SK-signed call's body (CCE's or IAM's) is read up to
 * {@code emulator.auth.max-signed-body} and kept for the {@link AuthInterceptor}; a larger one is refused there, in
 * the gateway's words ({@code 413 APIGW.0201}), as the gateway would.
 */
@Component
class SignedBodyLimit implements BodyLimits {

	private final boolean strict;

	private final long maxBytes;

	SignedBodyLimit(EmulatorProperties properties) {
		this.strict = properties.auth().mode() == EmulatorProperties.AuthMode.STRICT;
		this.maxBytes = properties.auth().maxSignedBody().toBytes();
	}

	@Override
	public Optional<Limit> limitFor(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		ApiSurface surface = ApiSurface.of(request);
		boolean signed = this.strict && (surface == ApiSurface.CCE || surface == ApiSurface.IAM) && authorization != null
				&& authorization.strip().startsWith(AuthorizationHeader.ALGORITHM);
		return signed ? Optional.of(new Limit(this.maxBytes, false)) : Optional.empty();
	}

}
