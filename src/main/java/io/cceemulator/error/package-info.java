/**
 * Every refusal the emulator answers: the error catalogues (CCE's, the API gateway's, IAM's), the {@link
 * io.cceemulator.error.Refusal} for each body shape, and the {@link io.cceemulator.error.ErrorWriter} that alone
 * writes them, whether Spring MVC, the error fallback or the container refused the request.
 */
package io.cceemulator.error;
