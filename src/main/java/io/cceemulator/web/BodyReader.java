package io.cceemulator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * Reads the body of every call to the emulated APIs and the admin API before anything else does, without holding a
 * thread while it arrives: the request goes asynchronous, the body is gathered as the container says data is ready,
 * and the request resumes (an async dispatch through the pipeline) once the body is whole, too large or too late. So
 * clients trickling their bodies cost a connection each, never a worker thread, and every other client is served.
 * A body the container holds whole already (it came with the headers, as most do) is taken at once, without the
 * asynchronous round trip.
 * <p>
 * A body over its limit ({@code emulator.limits.max-body}, {@code max-admin-body}, or another feature's
 * {@link BodyLimits}), declared or counted as it arrives, is refused with 413, after up to
 * {@link BufferedBodyRequest#DRAIN_FACTOR} times the limit has been read and thrown away (so a client still writing
 * hears the answer rather than a broken pipe); a client that asked first ({@code Expect: 100-continue}) is answered
 * at once. A body not whole {@code emulator.limits.body-read-timeout} after the request began is refused with 400.
 * Refusals go through {@code /error}, so they leave in the API's error body, and close the connection.
 */
@Component
class BodyReader implements PipelineFilter {

	private final long maxBody;

	private final long maxAdminBody;

	private final long readTimeoutMillis;

	private final List<BodyLimits> limits;

	BodyReader(EmulatorProperties properties, List<BodyLimits> limits) {
		this.maxBody = properties.limits().maxBody().toBytes();
		this.maxAdminBody = properties.limits().maxAdminBody().toBytes();
		this.readTimeoutMillis = properties.limits().bodyReadTimeout().toMillis();
		this.limits = List.copyOf(limits);
	}

	@Override
	public Stage stage() {
		return Stage.BODY;
	}

	@Override
	public boolean applies(HttpServletRequest request) {
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		ApiSurface surface = ApiSurface.of(request);
		return body && (surface.isCloud() || surface == ApiSurface.ADMIN);
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BodyLimits.Limit limit = limitFor(request);
		if (request.getAttribute(AsyncBody.OUTCOME) instanceof AsyncBody.Outcome outcome) {
			resume(outcome, limit, request, response, chain);
			return;
		}
		long declared = request.getContentLengthLong();
		boolean asksFirst = request.getHeader("Expect") != null;
		if (declared > limit.maxBytes()
				&& (asksFirst || declared > limit.maxBytes() * BufferedBodyRequest.DRAIN_FACTOR)) {
			resume(AsyncBody.Outcome.tooLarge(), limit, request, response, chain);
			return;
		}
		byte[] buffered = readIfBuffered(request, declared, asksFirst, limit.maxBytes());
		if (buffered != null && buffered.length == declared) {
			resume(new AsyncBody.Outcome(AsyncBody.Kind.WHOLE, buffered), limit, request, response, chain);
			return;
		}
		if (!request.isAsyncSupported()) {
			resume(AsyncBody.Outcome.readNow(request, limit.maxBytes(), this.readTimeoutMillis), limit, request, response,
					chain);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.readTimeoutMillis);
		AsyncBody.read(async, request, limit.maxBytes(), buffered);
	}

	/**
	 * The body's bytes the container holds already, read without waiting: most calls' bodies come in the packets of
	 * their headers, and then need no asynchronous round trip. Only for a declared length within the limit, and not
	 * for a client waiting for {@code 100 Continue}; {@code available()} counts only what is buffered, so no read
	 * here blocks, and only what has arrived is held (a declared length is no reason to allocate it). Null when
	 * nothing was read; shorter than {@code declared} when the rest is still on its way.
	 */
	private static byte[] readIfBuffered(HttpServletRequest request, long declared, boolean asksFirst, long max)
			throws IOException {
		if (declared <= 0 || declared > max || asksFirst || request.getHeader("Transfer-Encoding") != null) {
			return null;
		}
		ServletInputStream in = request.getInputStream();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		long left = declared;
		int ready;
		while (left > 0 && (ready = in.available()) > 0) {
			int n = in.read(chunk, 0, (int) Math.min(chunk.length, Math.min(left, ready)));
			if (n < 0) {
				break;
			}
			body.write(chunk, 0, n);
			left -= n;
		}
		return (body.size() == 0) ? null : body.toByteArray();
	}

	/** The body is whole, too large, late or gone: the call goes on with it, or is refused. */
	private static void resume(AsyncBody.Outcome outcome, BodyLimits.Limit limit, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		switch (outcome.kind()) {
			case WHOLE -> {
				request.setAttribute(BufferedBodyRequest.BODY, outcome.body());
				chain.doFilter(new BufferedBodyRequest(request, outcome.body()), response);
			}
			case TOO_LARGE -> {
				if (limit.refuseHere()) {
					BufferedBodyRequest.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				}
				else {
					request.setAttribute(BufferedBodyRequest.TOO_LARGE, limit.maxBytes());
					chain.doFilter(new BufferedBodyRequest(request, new byte[0]), response);
				}
			}
			case LATE -> BufferedBodyRequest.refuse(response, HttpServletResponse.SC_BAD_REQUEST);
			case GONE -> {
				// the client went away while sending: there is no one to answer
			}
		}
	}

	private BodyLimits.Limit limitFor(HttpServletRequest request) {
		for (BodyLimits owner : this.limits) {
			Optional<BodyLimits.Limit> limit = owner.limitFor(request);
			if (limit.isPresent()) {
				return limit.get();
			}
		}
		long max = (ApiSurface.of(request) == ApiSurface.ADMIN) ? this.maxAdminBody : this.maxBody;
		return new BodyLimits.Limit(max, true);
	}

}
