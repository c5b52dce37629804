package io.cceemulator.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.cceemulator.web.CallAttributes;
import io.cceemulator.web.RequestIdFilter;

/**
 * The one place a refusal becomes a response: its status, its body in the shape of the API that refuses, and the
 * code and rule the journal and the metrics record. Spring MVC's advice and fallback answer with {@link #entity};
 * what the container refuses before Spring MVC is written with {@link #prepare}.
 */
public final class ErrorWriter {

	private ErrorWriter() {
	}

	public static ResponseEntity<Object> entity(Refusal refusal, HttpServletRequest request) {
		note(refusal, request);
		return ResponseEntity.status(refusal.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.of(refusal, RequestIdFilter.of(request)));
	}

	/**
	 * Sets the refusal's status and headers on a response nothing has been written to yet, and returns its body for
	 * the caller to write (the container writes it through its own reporter).
	 */
	static String prepare(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
		note(refusal, request);
		String requestId = RequestIdFilter.ensure(request, response);
		response.setStatus(refusal.status());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		return JsonMapper.shared().writeValueAsString(ErrorBodies.of(refusal, requestId));
	}

	private static void note(Refusal refusal, HttpServletRequest request) {
		if (refusal instanceof Refusal.Admin) {
			return;
		}
		request.setAttribute(CallAttributes.ERROR_CODE, refusal.code());
		if (refusal instanceof Refusal.Cce cce && cce.rule() != null) {
			request.setAttribute(CallAttributes.RULE, cce.rule());
		}
	}

}
