/**
 * Authentication of the CCE API, as the API gateway in front of CCE does it.
 */
package io.cceemulator.auth;
