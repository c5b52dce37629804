package io.cceemulator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A body gathered without a thread: the container calls {@link #onDataAvailable} whenever bytes have come, and the
 * request is dispatched again, with the {@link Outcome} as an attribute, once the body is whole, past the limit (and
 * drained), late, or its client gone.
 */
final class AsyncBody implements ReadListener, AsyncListener {

	static final String OUTCOME = AsyncBody.class.getName() + ".outcome";

	enum Kind {

		WHOLE, TOO_LARGE, LATE, GONE

	}

	record Outcome(Kind kind, byte[] body) {

		static Outcome tooLarge() {
			return new Outcome(Kind.TOO_LARGE, null);
		}

		/** Reads the body in this thread, for a request that cannot go asynchronous. */
		static Outcome readNow(HttpServletRequest request, long max, long timeoutMillis) throws IOException {
			try {
				byte[] body = BufferedBodyRequest.readBounded(request.getInputStream(), max, timeoutMillis * 1_000_000);
				return (body != null) ? new Outcome(Kind.WHOLE, body) : tooLarge();
			}
			catch (IOException ex) {
				if (BufferedBodyRequest.isTimeout(ex)) {
					return new Outcome(Kind.LATE, null);
				}
				throw ex;
			}
		}

	}

	private final AsyncContext async;

	private final HttpServletRequest request;

	private final ServletInputStream in;

	private final long max;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private final byte[] chunk = new byte[8192];

	private long total;

	private final AtomicBoolean finished = new AtomicBoolean();

	private AsyncBody(AsyncContext async, HttpServletRequest request, long max) throws IOException {
		this.async = async;
		this.request = request;
		this.in = request.getInputStream();
		this.max = max;
	}

	/** Gathers the rest of the body after {@code start}, the bytes read already (null: none). */
	static void read(AsyncContext async, HttpServletRequest request, long max, byte[] start) throws IOException {
		AsyncBody body = new AsyncBody(async, request, max);
		if (start != null) {
			body.body.write(start, 0, start.length);
			body.total = start.length;
		}
		async.addListener(body);
		body.in.setReadListener(body);
	}

	@Override
	public void onDataAvailable() throws IOException {
		while (!this.finished.get() && this.in.isReady()) {
			int n = this.in.read(this.chunk);
			if (n == -1) {
				// the end of the body: resume now rather than wait for onAllDataRead, which a client closing its
				// side of the connection right after the body may pre-empt with an error
				onAllDataRead();
				return;
			}
			this.total += n;
			if (this.total <= this.max) {
				this.body.write(this.chunk, 0, n);
			}
			else if (this.total > this.max * BufferedBodyRequest.DRAIN_FACTOR) {
				finish(Outcome.tooLarge());
			}
		}
	}

	@Override
	public void onAllDataRead() {
		finish((this.total > this.max) ? Outcome.tooLarge() : new Outcome(Kind.WHOLE, this.body.toByteArray()));
	}

	@Override
	public void onError(Throwable failure) {
		finish(new Outcome(isTimeout(failure) ? Kind.LATE : Kind.GONE, null));
	}

	private static boolean isTimeout(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		finish(new Outcome(Kind.LATE, null));
	}

	@Override
	public void onError(AsyncEvent event) {
		onError(event.getThrowable());
	}

	@Override
	public void onComplete(AsyncEvent event) {
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	/** Once, whichever of the container's calls comes first: the request resumes with the outcome. */
	private void finish(Outcome outcome) {
		if (this.finished.compareAndSet(false, true)) {
			this.request.setAttribute(OUTCOME, outcome);
			this.async.dispatch();
		}
	}

}
