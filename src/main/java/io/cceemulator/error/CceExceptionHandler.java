package io.cceemulator.error;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.cceemulator.state.Durability;
import io.cceemulator.web.ApiSurface;

/**
 * Turns every failure inside Spring MVC into a {@link Refusal} for the {@link ErrorWriter}: the refusals the rules
 * throw, Spring MVC's own failures (unreadable body, unknown path, wrong method, bad content type), a change that could
 * not be made durable, and anything unexpected, each in the body shape of the API the request was for.
 */
@RestControllerAdvice
class CceExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CceExceptionHandler.class);

	@ExceptionHandler(RefusedException.class)
	ResponseEntity<Object> refused(RefusedException ex, HttpServletRequest request) {
		Refusal refusal = ex.refusal();
		log.debug("refused with {}: {}", refusal.code(), refusal.message());
		return ErrorWriter.entity(refusal, request);
	}

	/** Persistence could not write the change: nothing changed, and the client is told so. */
	@ExceptionHandler(Durability.NotDurableException.class)
	ResponseEntity<Object> notDurable(Durability.NotDurableException ex, HttpServletRequest request) {
		String message = "the change could not be written to the state file, so nothing was changed: " + ex.getMessage();
		return ErrorWriter.entity(internal(request, message), request);
	}

	/** A query string the container cannot decode, or with more parameters than it reads. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> badQuery(InvalidParameterException ex, HttpServletRequest request) {
		String why = (ex.getMessage() != null && ex.getMessage().startsWith("More than the maximum number"))
				? "the query string has more than the 1,000 parameters the API reads"
				: "the query string cannot be decoded: a %-escape is not two hex digits";
		return ErrorWriter.entity(invalid(request, why), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && !isConcrete(contentType)) {
			// Spring refuses to read a body whose type is a wildcard or unparsable, by an IllegalArgumentException
			return ErrorWriter.entity(unsupported(request, contentType), request);
		}
		log.error("unexpected failure", ex);
		return ErrorWriter.entity(internal(request, null), request);
	}

	private static boolean isConcrete(String contentType) {
		try {
			return MediaType.parseMediaType(contentType).isConcrete();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest webRequest) {
		if (!(webRequest instanceof NativeWebRequest nativeRequest)
				|| !(nativeRequest.getNativeRequest() instanceof HttpServletRequest request)) {
			return null;
		}
		if (ex instanceof AsyncRequestNotUsableException) {
			// the client went away mid-response: nothing to answer, and nothing wrong with the emulator
			log.debug("client disconnected: {}", ex.getMessage());
			return null;
		}
		if (statusCode.is5xxServerError()) {
			log.error("failure inside Spring MVC", ex);
		}
		return ErrorWriter.entity(refusal(ex, statusCode, request), request);
	}

	private static Refusal refusal(Exception ex, HttpStatusCode statusCode, HttpServletRequest request) {
		if (ApiSurface.of(request) == ApiSurface.ADMIN) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String message = (ex instanceof HttpMessageNotReadableException unreadable) ? JsonProblems.describe(unreadable)
					: (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException)
							? "no admin API at " + request.getMethod() + " " + request.getRequestURI() : ex.getMessage();
			return new Refusal.Admin((status != null) ? status : HttpStatus.BAD_REQUEST, message);
		}
		if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException
				|| ex instanceof HttpRequestMethodNotSupportedException) {
			return new Refusal.Gateway(GatewayError.API_NOT_FOUND, GatewayError.API_NOT_FOUND.message());
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			return unsupported(request,
					(unsupported.getContentType() != null) ? unsupported.getContentType().toString() : "(none)");
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return new Refusal.Cce(CceError.INVALID_REQUEST, JsonProblems.describe(unreadable), null);
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return new Refusal.Cce(CceError.INVALID_REQUEST, describe(invalid), null);
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return new Refusal.Cce(CceError.INVALID_REQUEST, "the API answers application/json only", null);
		}
		if (statusCode.is5xxServerError()) {
			return new Refusal.Cce(CceError.INTERNAL, "Internal error", null);
		}
		return new Refusal.Cce(CceError.INVALID_REQUEST, ex.getMessage(), null);
	}

	private static Refusal unsupported(HttpServletRequest request, String contentType) {
		String message = "Content-Type " + contentType + " is not supported; send application/json";
		if (ApiSurface.of(request) == ApiSurface.ADMIN) {
			return new Refusal.Admin(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
		}
		return new Refusal.Cce(CceError.CONTENT_TYPE_NOT_SUPPORTED, message, null);
	}

	private static Refusal invalid(HttpServletRequest request, String message) {
		if (ApiSurface.of(request) == ApiSurface.ADMIN) {
			return new Refusal.Admin(HttpStatus.BAD_REQUEST, message);
		}
		if (ApiSurface.of(request) == ApiSurface.IAM) {
			return new Refusal.Iam(IamError.INVALID_BODY, message);
		}
		return new Refusal.Cce(CceError.INVALID_REQUEST, message, null);
	}

	private static Refusal internal(HttpServletRequest request, String message) {
		if (ApiSurface.of(request) == ApiSurface.ADMIN) {
			return new Refusal.Admin(HttpStatus.INTERNAL_SERVER_ERROR, (message != null) ? message : "internal error");
		}
		return new Refusal.Cce(CceError.INTERNAL, (message != null) ? message : "Internal error", null);
	}

	private static String describe(MethodArgumentNotValidException ex) {
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.collect(Collectors.joining("; "));
	}

}
