package io.cceemulator.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.error.AdminException;
import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.PipelineInterceptor;
import io.cceemulator.web.Stage;

/**
 * Guards the admin API: with a configured token every call must carry it; without one only loopback clients may call,
 * unless remote calls are allowed explicitly (e.g. for a shared sandbox behind its own network controls).
 */
@Component
class AdminAccess implements PipelineInterceptor {

	static final String TOKEN_HEADER = "X-Admin-Token";

	private final EmulatorProperties.Admin settings;

	AdminAccess(EmulatorProperties properties) {
		this.settings = properties.admin();
	}

	@Override
	public Stage stage() {
		return Stage.ADMIN_ACCESS;
	}

	@Override
	public Set<ApiSurface> surfaces() {
		return Set.of(ApiSurface.ADMIN);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!this.settings.token().isEmpty()) {
			if (!matches(presented(request), this.settings.token())) {
				throw new AdminException(HttpStatus.UNAUTHORIZED,
						"the admin API needs the configured token in X-Admin-Token or Authorization: Bearer");
			}
			return true;
		}
		if (!this.settings.allowRemote() && !isLoopback(request.getRemoteAddr())) {
			throw new AdminException(HttpStatus.FORBIDDEN, "the admin API answers loopback clients only; set "
					+ "emulator.admin.token (or emulator.admin.allow-remote=true) to open it to others");
		}
		return true;
	}

	private static String presented(HttpServletRequest request) {
		String header = request.getHeader(TOKEN_HEADER);
		if (header != null) {
			return header;
		}
		String authorization = request.getHeader("Authorization");
		return (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7) : "";
	}

	private static boolean matches(String presented, String expected) {
		return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
