/** Health and the liveness and readiness probes, at Spring Boot Actuator's paths ({@code /actuator/health...}). */
package io.cceemulator.health;
