package io.cceemulator.metrics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.CallAttributes;
import io.cceemulator.web.PipelineFilter;
import io.cceemulator.web.Stage;

/**
 * Counts every call to the CCE API once its response is complete, when the operation and the error code the call
 * ended with are known. A filter rather than an interceptor, so that calls refused before any handler (an unknown
 * path, a failed signature) count too.
 */
@Component
class RequestMetricsFilter implements PipelineFilter {

	static final String NO_ERROR = "none";

	private final RequestCounts counts;

	RequestMetricsFilter(RequestCounts counts) {
		this.counts = counts;
	}

	@Override
	public Stage stage() {
		return Stage.METRICS;
	}

	@Override
	public boolean applies(HttpServletRequest request) {
		return ApiSurface.of(request) == ApiSurface.CCE;
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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
