package io.cceemulator.sdk;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.core.invoker.SyncInvoker;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.auth.signing.SdkDate;
import io.cceemulator.support.ApiTest;
import io.cceemulator.support.Defaults;

/**
 * Runs the official SDK against the server. The emulator checks {@code X-Sdk-Date} against its own clock, which
 * earlier tests may have moved ahead (it never runs back); so calls here carry the emulator's reading as
 * {@code X-Sdk-Date}, which the SDK then signs instead of the system time, as a user of a manual or fast clock would.
 */
abstract class SdkTest extends ApiTest {

	protected CceClient cce() {
		return cce(DefaultCredentials.AK, DefaultCredentials.SK, Defaults.PROJECT);
	}

	protected CceClient cce(String ak, String sk, String projectId) {
		return SdkClients.cce(this.port, ak, sk, projectId);
	}

	/** Invokes the SDK call, signed with the emulator's current time. */
	protected <R, S> S call(SyncInvoker<R, S> invoker) {
		return invoker.addHeader("X-Sdk-Date", new SdkDate(this.clock.instant()).format()).invoke();
	}

}
