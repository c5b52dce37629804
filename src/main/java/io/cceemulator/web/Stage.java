package io.cceemulator.web;

/**
 * Every stage a request passes through, in order: first the servlet filters, then, once Spring MVC has found the
 * handler, the interceptors. This is the one place the order is declared; each feature supplies its stage as a
 * {@link PipelineFilter} or {@link PipelineInterceptor} bean, and {@link WebPipeline} registers them in this order.
 */
public enum Stage {

	/** Request id (on every response and log line) and the {@link ApiSurface}. */
	REQUEST_ID,

	/** Bounds an unsigned body: 413 over the limit, 400 when it trickles in too slowly. */
	BODY_LIMIT,

	/** Records the call in the journal once its response is complete. */
	JOURNAL,

	/** Reads an AK/SK-signed body (bounded), which the signature covers. */
	SIGNED_BODY,

	/** Counts the call for the metrics once its response is complete. */
	METRICS,

	/** Tags the call with its CCE operation and project, before anything can refuse it. */
	OPERATION,

	/** Who may use the admin API. */
	ADMIN_ACCESS,

	/** The API gateway's authentication of the cloud APIs. */
	AUTHENTICATION,

	/** The fault plans a test installed. */
	FAULTS

}
