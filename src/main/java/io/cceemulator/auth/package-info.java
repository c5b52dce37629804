/**
 * Authentication of the CCE API as the API gateway in front of CCE does it (AK/SK signatures of the official SDKs,
 * IAM tokens, project scope), and IAM's {@code POST /v3/auth/tokens} for the users of the loaded data.
 */
package io.cceemulator.auth;
