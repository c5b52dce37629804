package io.cceemulator.error;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.cceemulator.system.CallAttributes;
import io.cceemulator.system.RequestIdFilter;

/**
 * The one place where failures become responses: business refusals, gateway refusals and Spring MVC's own failures
 * (unreadable body, unknown path, wrong method, bad content type) all leave in CCE's or the gateway's body shape.
 */
@RestControllerAdvice
class CceExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CceExceptionHandler.class);

	@ExceptionHandler(CceException.class)
	ResponseEntity<Object> cce(CceException ex) {
		log.debug("refused with {} {}: {}", ex.error().errorCode(), (ex.rule() != null) ? ex.rule() : "", ex.getMessage());
		CallAttributes.set(CallAttributes.RULE, ex.rule());
		return cceBody(ex.error(), ex.getMessage());
	}

	@ExceptionHandler(GatewayException.class)
	ResponseEntity<Object> gateway(GatewayException ex, HttpServletRequest request) {
		log.debug("gateway refused with {}: {}", ex.error().code(), ex.getMessage());
		return gatewayBody(ex.error(), ex.getMessage(), RequestIdFilter.of(request));
	}

	@ExceptionHandler(AdminException.class)
	ResponseEntity<Object> admin(AdminException ex) {
		return adminBody(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(FaultException.class)
	ResponseEntity<Object> fault(FaultException ex, HttpServletRequest request) {
		CallAttributes.set(CallAttributes.ERROR_CODE, ex.code());
		Object body = ex.isGateway()
				? new ErrorBodies.GatewayBody(ex.code(), ex.getMessage(), RequestIdFilter.of(request))
				: ErrorBodies.CceBody.of(ex.status(), ex.code(), ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		log.error("unexpected failure", ex);
		if (isAdmin(request)) {
			return adminBody(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
		}
		return cceBody(CceError.INTERNAL, "Internal error");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet && isAdmin(servlet)) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String message = (ex instanceof HttpMessageNotReadableException unreadable) ? JsonProblems.describe(unreadable)
					: (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException)
							? "no admin API at " + servlet.getMethod() + " " + servlet.getRequestURI() : ex.getMessage();
			return adminBody((status != null) ? status : HttpStatus.BAD_REQUEST, message);
		}
		if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException
				|| ex instanceof HttpRequestMethodNotSupportedException) {
			return gatewayBody(GatewayError.API_NOT_FOUND, GatewayError.API_NOT_FOUND.message(), requestId(request));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			return cceBody(CceError.CONTENT_TYPE_NOT_SUPPORTED, "Content-Type "
					+ ((unsupported.getContentType() != null) ? unsupported.getContentType() : "(none)")
					+ " is not supported; send application/json");
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return cceBody(CceError.INVALID_REQUEST, JsonProblems.describe(unreadable));
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return cceBody(CceError.INVALID_REQUEST, describe(invalid));
		}
		if (ex instanceof AsyncRequestNotUsableException) {
			// the client went away mid-response: nothing to answer, and nothing wrong with the emulator
			log.debug("client disconnected: {}", ex.getMessage());
			return null;
		}
		if (statusCode.is5xxServerError()) {
			log.error("failure inside Spring MVC", ex);
			return cceBody(CceError.INTERNAL, "Internal error");
		}
		return cceBody(CceError.INVALID_REQUEST, ex.getMessage());
	}

	private static String describe(MethodArgumentNotValidException ex) {
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.collect(Collectors.joining("; "));
	}

	private static String requestId(WebRequest request) {
		if (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
			return RequestIdFilter.of(servletRequest);
		}
		return "";
	}

	static boolean isAdmin(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/__admin");
	}

	static ResponseEntity<Object> adminBody(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.AdminBody.of(status, message));
	}

	static ResponseEntity<Object> cceBody(CceError error, String message) {
		CallAttributes.set(CallAttributes.ERROR_CODE, error.errorCode());
		return ResponseEntity.status(error.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.CceBody.of(error, message));
	}

	static ResponseEntity<Object> gatewayBody(GatewayError error, String message, String requestId) {
		CallAttributes.set(CallAttributes.ERROR_CODE, error.code());
		return ResponseEntity.status(error.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ErrorBodies.GatewayBody(error.code(), message, requestId));
	}

}
