/**
 * The error catalogue and the one place that turns every failure into CCE's (or its API gateway's) error body.
 */
package io.cceemulator.error;
