package io.cceemulator.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.system.RequestIdFilter;

/**
 * Failures that happen outside Spring MVC (in a servlet filter, or rejected by the container) are forwarded to
 * {@code /error}; they leave in the same body shapes as everything else instead of Spring Boot's default JSON.
 */
@RestController
class ErrorFallbackController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<Object> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer value) ? value : 500;
		Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		String id = (requestId != null) ? requestId.toString() : "";
		if (String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).startsWith("/__admin")) {
			HttpStatus resolved = HttpStatus.resolve(code);
			return CceExceptionHandler.adminBody((resolved != null) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR,
					"the admin API could not handle this request");
		}
		if (code == 404 || code == 405) {
			return CceExceptionHandler.gatewayBody(GatewayError.API_NOT_FOUND, GatewayError.API_NOT_FOUND.message(),
					id);
		}
		if (code == 413) {
			return CceExceptionHandler.cceBody(CceError.PAYLOAD_TOO_LARGE, "request body is too large");
		}
		if (code >= 400 && code < 500) {
			return CceExceptionHandler.cceBody(CceError.INVALID_REQUEST, "request is not valid HTTP for this API");
		}
		return CceExceptionHandler.cceBody(CceError.INTERNAL, "Internal error");
	}

}
