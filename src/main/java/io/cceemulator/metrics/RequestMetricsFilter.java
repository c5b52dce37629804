package io.cceemulator.metrics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.cceemulator.system.CallAttributes;

/**
 * Counts every call to the CCE API once its response is complete, when the operation and the error code the call
 * ended with are known. A filter rather than an interceptor, so that calls refused before any handler (an unknown
 * path, a failed signature) count too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestMetricsFilter extends OncePerRequestFilter {

	static final String NO_ERROR = "none";

	private final RequestCounts counts;

	RequestMetricsFilter(RequestCounts counts) {
		this.counts = counts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			Object errorCode = request.getAttribute(CallAttributes.ERROR_CODE);
			this.counts.increment(CallAttributes.operation(request), response.getStatus(),
					(errorCode != null) ? errorCode.toString() : NO_ERROR);
		}
	}

}
