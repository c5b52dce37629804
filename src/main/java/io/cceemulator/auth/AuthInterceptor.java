package io.cceemulator.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.EmulatorProperties.AuthMode;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.GatewayException;
import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.PipelineInterceptor;
import io.cceemulator.web.Stage;

/**
 * Authenticates every CCE API call before its handler runs, as the API gateway in front of CCE does: a token in
 * {@code X-Auth-Token}, or else an AK/SK signature in {@code Authorization}; then the credential must be granted the
 * project of the path (and of {@code X-Project-Id}, when sent). IAM's lookups are authenticated the same way, behind
 * the same gateway, and find their {@link Caller} on the request; IAM's token request needs no credential. Refusals
 * leave in the gateway's shape.
 */
@Component
class AuthInterceptor implements PipelineInterceptor {

	static final String TOKEN_HEADER = "X-Auth-Token";

	static final String PROJECT_HEADER = "X-Project-Id";

	private static final Logger log = LoggerFactory.getLogger(AuthInterceptor.class);

	private final AuthMode mode;

	private final CredentialRegistry credentials;

	private final SignatureCheck signatures;

	private final Clock clock;

	AuthInterceptor(EmulatorProperties properties, CredentialRegistry credentials, SignatureFailures failures,
			Clock clock) {
		EmulatorProperties.Auth settings = properties.auth();
		this.mode = settings.mode();
		this.credentials = credentials;
		this.signatures = new SignatureCheck(credentials, failures, clock, settings.dateWindow());
		this.clock = clock;
		switch (this.mode) {
			case STRICT -> log.info("Authentication mode STRICT: AK/SK signatures (X-Sdk-Date within {}), tokens and "
					+ "their projects are verified", settings.dateWindow());
			case LENIENT -> log.warn("Authentication mode LENIENT: any well-formed signature or token is accepted");
			case OFF -> log.warn("Authentication mode OFF: the CCE API and IAM's lookups are not authenticated at all");
		}
	}

	@Override
	public Stage stage() {
		return Stage.AUTHENTICATION;
	}

	@Override
	public Set<ApiSurface> surfaces() {
		return Set.of(ApiSurface.CCE, ApiSurface.IAM);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		boolean iam = ApiSurface.of(request) == ApiSurface.IAM;
		if (iam && !IamLookupController.handles(handler)) {
			return true;
		}
		Caller caller = (this.mode == AuthMode.OFF) ? null : authenticate(request);
		if (iam) {
			request.setAttribute(Caller.ATTRIBUTE, (caller != null) ? caller : anyone());
		}
		else if (this.mode == AuthMode.STRICT) {
			checkProject(request, caller.projects());
		}
		return true;
	}

	/** Who the credential is; null in lenient mode, where it is anyone. */
	private Caller authenticate(HttpServletRequest request) {
		boolean strict = this.mode == AuthMode.STRICT;
		String token = request.getHeader(TOKEN_HEADER);
		if (token != null && !token.isBlank()) {
			return strict ? tokenCaller(token) : null;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization == null || authorization.isBlank()) {
			throw new GatewayException(GatewayError.UNAUTHORIZED, "x-auth-token not found");
		}
		if (!strict) {
			SignatureCheck.parse(authorization);
			return null;
		}
		return new Caller(this.signatures.verify(request).projects(), null);
	}

	/** Lenient mode and authentication off know no isolation: the caller sees every project. */
	private Caller anyone() {
		return new Caller(this.credentials.projects().keySet(), null);
	}

	private Caller tokenCaller(String token) {
		CredentialRegistry.TokenGrant grant = this.credentials.token(token)
			.orElseThrow(() -> new GatewayException(GatewayError.UNAUTHORIZED, "decrypt token fail"));
		Instant expiresAt = grant.expiresAt();
		if (expiresAt != null && !this.clock.instant().isBefore(expiresAt)) {
			throw new GatewayException(GatewayError.UNAUTHORIZED,
					"token expires, expires_at: " + IamTokenResponse.format(expiresAt));
		}
		return new Caller(grant.projects(), grant.user());
	}

	/** A credential of project A on project B's path is refused, whatever B's resources are. */
	private static void checkProject(HttpServletRequest request, Set<String> granted) {
		String project = pathProject(request);
		if (project == null) {
			return;
		}
		String header = request.getHeader(PROJECT_HEADER);
		if (header != null && !header.equals(project)) {
			throw new GatewayException(GatewayError.NOT_AUTHORIZED,
					"X-Project-Id " + header + " does not match project " + project + " in the path");
		}
		if (!granted.contains(project)) {
			throw new GatewayException(GatewayError.NOT_AUTHORIZED,
					"the credential is not granted project " + project);
		}
	}

	private static String pathProject(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map && map.get("project_id") instanceof String id) ? id : null;
	}

}
