package io.cceemulator.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.GatewayException;

/** Refuses a CCE API call without credentials, in the gateway's shape, before any handler runs. */
class AuthInterceptor implements HandlerInterceptor {

	static final String TOKEN_HEADER = "X-Auth-Token";

	private final EmulatorProperties.Auth settings;

	AuthInterceptor(EmulatorProperties.Auth settings) {
		this.settings = settings;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("off".equalsIgnoreCase(this.settings.mode())) {
			return true;
		}
		String token = request.getHeader(TOKEN_HEADER);
		if (token == null || token.isBlank()) {
			throw new GatewayException(GatewayError.UNAUTHORIZED, "x-auth-token not found");
		}
		return true;
	}

}
