package io.cceemulator.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.EmulatorProperties;

/**
 * Reads the body of every call to the emulated APIs and the admin API before anything else does, without holding a
 * thread while it arrives: the request goes asynchronous, the body is gathered as the container says data is ready,
 * and the request resumes (an async dispatch through the pipeline) once the body is whole, too large or too late. So
 * clients trickling their bodies cost a connection each, never a worker thread, and every other client is served.
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
		if (!request.isAsyncSupported()) {
			resume(AsyncBody.Outcome.readNow(request, limit.maxBytes(), this.readTimeoutMillis), limit, request, response,
					chain);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.readTimeoutMillis);
		AsyncBody.read(async, request, limit.maxBytes());
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
