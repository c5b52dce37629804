package io.cceemulator.error;

import org.springframework.http.HttpStatus;

import io.cceemulator.web.ApiSurface;

/**
 * The refusal for a request that failed with a bare status before any handler could say why: refused by the
 * container (bad HTTP, an oversized header, an unsupported transfer coding) or by a filter (a body too large or too
 * slow), in the body shape of the API it was for.
 */
final class StatusRefusals {

	private StatusRefusals() {
	}

	static Refusal of(int status, ApiSurface surface) {
		if (surface == ApiSurface.ADMIN) {
			HttpStatus resolved = HttpStatus.resolve(status);
			return new Refusal.Admin((resolved != null) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR,
					"the admin API could not handle this request");
		}
		if (status == 404 || status == 405) {
			return new Refusal.Gateway(GatewayError.API_NOT_FOUND, GatewayError.API_NOT_FOUND.message());
		}
		if (status == 413) {
			return new Refusal.Cce(CceError.PAYLOAD_TOO_LARGE, "request body is too large", null);
		}
		if (status == 501) {
			return planned(status, "the request's transfer coding is not supported; send the body as is or chunked");
		}
		if (status == 505) {
			return planned(status, "this HTTP version is not supported; the API speaks HTTP/1.1");
		}
		if (status >= 400 && status < 500) {
			return new Refusal.Cce(CceError.INVALID_REQUEST, "request is not valid HTTP for this API", null);
		}
		return new Refusal.Cce(CceError.INTERNAL, "Internal error", null);
	}

	private static Refusal planned(int status, String message) {
		return new Refusal.Planned(status, CceError.INVALID_REQUEST.errorCode(), message, Refusal.Shape.CCE);
	}

}
