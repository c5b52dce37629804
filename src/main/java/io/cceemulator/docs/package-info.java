/**
 * The hand-written OpenAPI descriptions of the CCE API and the admin API, at {@code /__admin/docs/openapi/cce.yaml}
 * and {@code admin.yaml} (or {@code .json}), and a browsable Swagger UI at {@code /__admin/docs/}.
 */
package io.cceemulator.docs;
