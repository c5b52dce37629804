package io.cceemulator.web;

/**
 * Every stage a request passes through, in order: first the servlet filters, then, once Spring MVC has found the
 * handler, the interceptors. This is the one place the order is declared; each feature supplies its stage as a
 * {@link PipelineFilter} or {@link PipelineInterceptor} bean, and {@link WebPipeline} registers them in this order.
 */
public enum Stage {

	/** Request id (on every response and log line), the {@link ApiSurface}, and a path nothing could decode refused. */
	REQUEST_ID,

	/** Reads the body without holding a thread, bounded: 413 over the limit, 400 when it comes too late. */
	BODY,

	/** Records the call in the journal once its response is complete. */
	JOURNAL,

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
