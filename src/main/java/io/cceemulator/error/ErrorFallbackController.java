package io.cceemulator.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.web.ApiSurface;

/**
 * Failures that happen outside Spring MVC (in a filter, or rejected by the container) are forwarded to
 * {@code /error}; they leave in the same body shapes as everything else instead of Spring Boot's default JSON.
 */
@RestController
class ErrorFallbackController implements ErrorController {

	/**
	 * Writes the body itself rather than through Spring MVC's converters: those decode the request's path (against
	 * reflected downloads), which fails for the very paths the container or the pipeline refused as undecodable.
	 */
	@RequestMapping("/error")
	void error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer value) ? value : 500;
		if (timedOut(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			// the container gave up reading a body that did not come: the client's fault, as CCE's gateway says
			response.setHeader("Connection", "close");
			code = 400;
		}
		response.getWriter().write(ErrorWriter.prepare(StatusRefusals.of(code, ApiSurface.of(request)), request, response));
	}

	private static boolean timedOut(Object error) {
		for (Throwable t = (error instanceof Throwable thrown) ? thrown : null; t != null; t = t.getCause()) {
			if (t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
