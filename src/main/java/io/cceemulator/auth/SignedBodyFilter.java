package io.cceemulator.auth;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.cceemulator.auth.signing.AuthorizationHeader;

/**
 * The signature covers the body, so the body of an AK/SK-signed CCE call is read (de-chunked by the container) before
 * Spring MVC parses it, kept for the {@link AuthInterceptor}, and replayed to the controller. A body over the limit
 * is not kept; the interceptor refuses the call. Verification itself stays in the interceptor, so that its refusals
 * reach the error advice.
 */
class SignedBodyFilter extends OncePerRequestFilter {

	static final String BODY = SignedBodyFilter.class.getName() + ".body";

	static final String TOO_LARGE = SignedBodyFilter.class.getName() + ".tooLarge";

	private final long maxBytes;

	SignedBodyFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String authorization = request.getHeader("Authorization");
		return !path.startsWith("/api/") || authorization == null
				|| !authorization.strip().startsWith(AuthorizationHeader.ALGORITHM);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		if (body.length > this.maxBytes) {
			request.setAttribute(TOO_LARGE, this.maxBytes);
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(BODY, body);
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	/** The body the signature was checked against, or an empty body if none was kept. */
	static byte[] body(HttpServletRequest request) {
		return (request.getAttribute(BODY) instanceof byte[] body) ? body : new byte[0];
	}

	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
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
					throw new UnsupportedOperationException("the signed body is already in memory");
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

}
