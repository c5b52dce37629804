package io.cceemulator.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of a call to the emulated APIs before anything else reads it: a declared length over
 * {@code maxBody} is refused at once with 413, a chunked body is counted as it arrives and refused with 413 the moment
 * it passes the limit, and a body that has not arrived after {@code readTimeout} (a client trickling bytes, which
 * Tomcat's per-read timeout never catches) is refused with 400. The refusals go through {@code /error}, so they
 * leave in CCE's body, and close the connection. The admin API is not limited: data loads are large, and only
 * loopback clients or token holders reach it. An AK/SK-signed CCE call in strict mode is left to the signature
 * check, which reads and bounds its body itself and refuses it in the gateway's words, as the gateway would.
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
		if (request.getContentLengthLong() > this.maxBody) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body;
		try {
			body = read(request.getInputStream());
		}
		catch (IOException ex) {
			if (!(ex instanceof SocketTimeoutException) && !(ex.getCause() instanceof SocketTimeoutException)) {
				throw ex;
			}
			refuse(response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (body == null) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/**
	 * The whole body, or null once it passes the limit; a {@link SocketTimeoutException} (Tomcat wraps its own in a
	 * ClientAbortException) once it is late or stalls.
	 */
	private byte[] read(InputStream in) throws IOException {
		long deadline = System.nanoTime() + this.readTimeoutNanos;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
			body.write(chunk, 0, n);
			if (body.size() > this.maxBody) {
				return null;
			}
			if (System.nanoTime() - deadline > 0) {
				throw new SocketTimeoutException("request body not received in time");
			}
		}
		return body.toByteArray();
	}

	private static void refuse(HttpServletResponse response, int status) throws IOException {
		if (response.isCommitted()) {
			// Tomcat has given up on the connection (a stalled read): it closes it without an answer
			return;
		}
		response.setHeader("Connection", "close");
		response.sendError(status);
	}

}
