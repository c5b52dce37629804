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
		refuseAnotherOrigin(request);
		if (!this.settings.token().isEmpty()) {
			if (!matches(presented(request), this.settings.token())) {
				throw new AdminException(HttpStatus.UNAUTHORIZED,
						"the admin API needs the configured token in X-Admin-Token or Authorization: Bearer");
			}
			return true;
		}
		if (!this.settings.allowRemote()) {
			if (!isLoopback(request.getRemoteAddr())) {
				throw new AdminException(HttpStatus.FORBIDDEN, "the admin API answers loopback clients only; set "
						+ "emulator.admin.token (or emulator.admin.allow-remote=true) to open it to others");
			}
			String host = request.getHeader("Host");
			if (host != null && !isLoopbackName(hostName(host))) {
				// a page on another site whose name now resolves to 127.0.0.1 (DNS rebinding) is a loopback client too
				throw new AdminException(HttpStatus.FORBIDDEN, "the admin API open to loopback clients answers requests "
						+ "for localhost, 127.0.0.1 or [::1] only, not for Host " + request.getHeader("Host"));
			}
		}
		return true;
	}

	/**
	 * A web page on another site may send simple requests here (a form or {@code text/plain} POST needs no CORS
	 * preflight); browsers name the page's origin, which must then be this server itself.
	 */
	private static void refuseAnotherOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return;
		}
		String host = request.getHeader("Host");
		String authority;
		try {
			authority = java.net.URI.create(origin.strip()).getRawAuthority();
		}
		catch (IllegalArgumentException ex) {
			authority = null;
		}
		if (authority == null || host == null || !authority.equalsIgnoreCase(host.strip())) {
			throw new AdminException(HttpStatus.FORBIDDEN,
					"the admin API refuses requests a web page of another origin sends (Origin " + origin + ")");
		}
	}

	/** The host part of a Host header: {@code localhost:8080} gives localhost, {@code [::1]:8080} gives [::1]. */
	static String hostName(String host) {
		if (host == null) {
			return "";
		}
		String value = host.strip().toLowerCase(java.util.Locale.ROOT);
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			return (end > 0) ? value.substring(0, end + 1) : value;
		}
		int colon = value.indexOf(':');
		return (colon >= 0) ? value.substring(0, colon) : value;
	}

	static boolean isLoopbackName(String name) {
		return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]")
				|| name.matches("127(\\.\\d{1,3}){3}");
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
