package io.cceemulator.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/** A request whose body is already in memory, so that everything after the filter that read it reads it freely. */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

	/** How far past the limit a refused body is still read (see {@link #readBounded}). */
	public static final int DRAIN_FACTOR = 8;

	/** The body as read, for whoever checks it byte for byte (the signature check). */
	public static final String BODY = BufferedBodyRequest.class.getName() + ".body";

	/** Set, to the limit, when the body was over a limit whose owner refuses it ({@link BodyLimits}). */
	public static final String TOO_LARGE = BufferedBodyRequest.class.getName() + ".tooLarge";

	private final byte[] body;

	public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * The whole body, or null once it passes {@code max}. Past the limit the rest is read and thrown away, up to
	 * {@link #DRAIN_FACTOR} times the limit, as nginx's lingering close does: a client still writing its body would
	 * otherwise see the connection close under it (a broken pipe) instead of the refusal. A body not all there
	 * {@code timeoutNanos} after the start (a client trickling bytes, which Tomcat's per-read timeout never catches)
	 * ends in a {@link SocketTimeoutException}; see {@link #isTimeout}.
	 */
	public static byte[] readBounded(InputStream in, long max, long timeoutNanos) throws IOException {
		long deadline = System.nanoTime() + timeoutNanos;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		long total = 0;
		for (int n = in.read(chunk); n != -1 && total <= max * DRAIN_FACTOR; n = in.read(chunk)) {
			total += n;
			if (total <= max) {
				body.write(chunk, 0, n);
			}
			if (System.nanoTime() - deadline > 0) {
				throw new SocketTimeoutException("request body not received in time");
			}
		}
		return (total > max) ? null : body.toByteArray();
	}

	/** The body the body stage read, or an empty one. */
	public static byte[] bodyOf(HttpServletRequest request) {
		return (request.getAttribute(BODY) instanceof byte[] body) ? body : new byte[0];
	}

	/** Whether reading failed on time: ours, or Tomcat's own wrapped in a ClientAbortException. */
	public static boolean isTimeout(IOException ex) {
		return ex instanceof SocketTimeoutException || ex.getCause() instanceof SocketTimeoutException;
	}

	/**
	 * Refuses a call whose body could not be read ({@code status} 400 or 413), through {@code /error} so that it leaves
	 * in the API's error body, closing the connection, whose remaining bytes nobody reads.
	 */
	public static void refuse(HttpServletResponse response, int status) throws IOException {
		if (response.isCommitted()) {
			// Tomcat has given up on the connection (a stalled read): it closes it without an answer
			return;
		}
		response.setHeader("Connection", "close");
		response.sendError(status);
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already in memory");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

}
