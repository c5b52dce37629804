package io.cceemulator.auth;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cceemulator.state.Credentials.AccessKey;
import io.cceemulator.auth.SignatureFailures.SignatureFailure;
import io.cceemulator.auth.signing.AuthorizationHeader;
import io.cceemulator.auth.signing.MalformedSignatureException;
import io.cceemulator.auth.signing.SdkDate;
import io.cceemulator.auth.signing.SdkSignatureVerifier;
import io.cceemulator.auth.signing.SigningInput;
import io.cceemulator.auth.signing.VerificationResult;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.GatewayException;
import io.cceemulator.web.BufferedBodyRequest;
import io.cceemulator.web.RequestIdFilter;

/**
 * Checks an {@code SDK-HMAC-SHA256} request as the API gateway does, in its order: the header parses, the
 * {@code X-Sdk-Date} lies within the window of the emulator's clock, the access key exists, and the signature over
 * the received method, path, query, signed headers and body matches. Every failure is an {@code APIGW.0301} whose
 * detail follows the gateway's documented wording, and is kept in {@link SignatureFailures}.
 */
class SignatureCheck {

	private static final Logger log = LoggerFactory.getLogger(SignatureCheck.class);

	private final CredentialRegistry credentials;

	private final SignatureFailures failures;

	private final Clock clock;

	private final Duration window;

	SignatureCheck(CredentialRegistry credentials, SignatureFailures failures, Clock clock, Duration window) {
		this.credentials = credentials;
		this.failures = failures;
		this.clock = clock;
		this.window = window;
	}

	/** Only that the header is well formed; for lenient mode. */
	static AuthorizationHeader parse(String value) {
		try {
			return AuthorizationHeader.parse(value);
		}
		catch (MalformedSignatureException ex) {
			throw new GatewayException(GatewayError.UNAUTHORIZED, ex.getMessage());
		}
	}

	/** @return the access key that signed the request */
	AccessKey verify(HttpServletRequest request) {
		AuthorizationHeader header = parse(request.getHeader("Authorization"));
		String dateHeader = request.getHeader(SdkSignatureVerifier.DATE_HEADER);
		if (dateHeader == null) {
			throw refuse(request, header, "x-sdk-date not found", null);
		}
		SdkDate date;
		try {
			date = SdkDate.parse(dateHeader);
		}
		catch (MalformedSignatureException ex) {
			throw refuse(request, header, ex.getMessage(), null);
		}
		SdkDate now = new SdkDate(this.clock.instant());
		if (!date.within(now.instant(), this.window)) {
			throw refuse(request, header,
					"signature expired, signature time:" + date.format() + ",server time:" + now.format(), null);
		}
		AccessKey key = this.credentials.accessKey(header.accessKey())
			.orElseThrow(() -> refuse(request, header, "ak " + header.accessKey() + " not exist", null));
		if (request.getAttribute(BufferedBodyRequest.TOO_LARGE) != null) {
			throw new GatewayException(GatewayError.REQUEST_TOO_LARGE,
					"a signed body may have at most " + request.getAttribute(BufferedBodyRequest.TOO_LARGE) + " bytes");
		}
		SigningInput input = new SigningInput(request.getMethod(), request.getRequestURI(), request.getQueryString(),
				request::getHeader, BufferedBodyRequest.bodyOf(request));
		VerificationResult result = SdkSignatureVerifier.verify(input, header, key.secretKey());
		if (!result.valid()) {
			throw refuse(request, header, "verify aksk signature fail", result);
		}
		return key;
	}

	private GatewayException refuse(HttpServletRequest request, AuthorizationHeader header, String reason,
			VerificationResult result) {
		String canonical = (result != null) ? SignatureFailures.masked(result.canonicalRequest()) : null;
		String stringToSign = (result != null) ? result.stringToSign() : null;
		String why = (result != null && result.failureReason() != null
				&& !"signature does not match".equals(result.failureReason())) ? result.failureReason() : reason;
		String path = request.getRequestURI() + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		this.failures.add(new SignatureFailure(RequestIdFilter.of(request), this.clock.instant().toString(),
				header.accessKey(), request.getMethod(), path, why, canonical, stringToSign));
		if (canonical != null) {
			log.debug("signature of {} {} by {} does not match; the emulator computed\n---- canonical request ----\n{}"
					+ "\n---- string to sign ----\n{}", request.getMethod(), path, header.accessKey(), canonical,
					stringToSign);
			return new GatewayException(GatewayError.UNAUTHORIZED,
					reason + ", canonicalRequest:" + canonical.replace('\n', '|'));
		}
		log.debug("signed request {} {} by {} refused: {}", request.getMethod(), path, header.accessKey(), why);
		return new GatewayException(GatewayError.UNAUTHORIZED, (result != null) ? reason + ", " + why : why);
	}

}
