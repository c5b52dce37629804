package io.cceemulator.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import io.cceemulator.system.Ids;

/**
 * Gives every response an {@code X-Request-Id}, as CCE's gateway does; the SDKs read a failed call's request id only
 * from this header. The id is also in the log lines of the request. Decides the request's {@link ApiSurface}.
 */
@Component
public class RequestIdFilter implements PipelineFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	public Stage stage() {
		return Stage.REQUEST_ID;
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = ensure(request, response);
		ApiSurface.decide(request);
		MDC.put("requestId", id);
		try {
			if (!decodable(request.getRequestURI())) {
				// the container lets a bad escape through in a matrix parameter (";x=%"); nothing after could decode it
				BufferedBodyRequest.refuse(response, HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/** Whether every {@code %} of the path starts an escape of two hex digits. */
	static boolean decodable(String path) {
		for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
			if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
					|| Character.digit(path.charAt(i + 2), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The request's id, given when it is first asked for (on the response too): when the request arrives, when it
	 * resumes after its body was read (the same id), or when the container refused it before any filter saw it.
	 */
	public static String ensure(HttpServletRequest request, HttpServletResponse response) {
		String id = of(request);
		if (id.isEmpty()) {
			id = Ids.requestId();
			request.setAttribute(ATTRIBUTE, id);
		}
		response.setHeader(HEADER, id);
		return id;
	}

	/** The request's id, or empty for a request the container refused before any filter saw it. */
	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : "";
	}

}
