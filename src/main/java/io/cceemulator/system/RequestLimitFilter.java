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
 * Bounds the body of a call to the emulated APIs before anything else reads it: a body over {@code maxBody}, declared
 * or counted as it arrives, is refused with 413, and a body that has not arrived after {@code readTimeout} (a client
 * trickling bytes, which Tomcat's per-read timeout never catches) is refused with 400. The refusals go through {@code
 * /error}, so they leave in CCE's body, and close the connection. Before refusing, up to {@link #DRAIN_FACTOR} times
 * the limit is read and thrown away, as nginx's lingering close does: a client still writing its body would otherwise
 * see the connection close under it (a broken pipe) instead of the 413. A client that asked first ({@code Expect:
 * 100-continue}) is answered at once, before it sends the body. The admin API is not limited: data loads are large, and
 * only loopback clients or token holders reach it. An AK/SK-signed CCE call in strict mode is left to the signature
 * check, which reads and bounds its body itself and refuses it in the gateway's words, as the gateway would.
 */
class RequestLimitFilter extends OncePerRequestFilter {

	private static final int DRAIN_FACTOR = 8;

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
		if (declared > this.maxBody && (asksFirst || declared > this.maxBody * DRAIN_FACTOR)) {
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
	 * The whole body, or null once it passes the limit (the rest drained, up to the drain bound); a
	 * {@link SocketTimeoutException} (Tomcat wraps its own in a ClientAbortException) once it is late or stalls.
	 */
	private byte[] read(InputStream in) throws IOException {
		long deadline = System.nanoTime() + this.readTimeoutNanos;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		long total = 0;
		for (int n = in.read(chunk); n != -1 && total <= this.maxBody * DRAIN_FACTOR; n = in.read(chunk)) {
			total += n;
			if (total <= this.maxBody) {
				body.write(chunk, 0, n);
			}
			if (System.nanoTime() - deadline > 0) {
				throw new SocketTimeoutException("request body not received in time");
			}
		}
		return (total > this.maxBody) ? null : body.toByteArray();
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
