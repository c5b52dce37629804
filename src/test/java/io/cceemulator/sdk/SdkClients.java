package io.cceemulator.sdk;

import java.util.List;

import com.huaweicloud.sdk.cce.v3.CceClient;
import com.huaweicloud.sdk.cce.v3.model.Login;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodeRequest;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodesSpec;
import com.huaweicloud.sdk.cce.v3.model.MigrateNodesTask;
import com.huaweicloud.sdk.cce.v3.model.NodeItem;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The official SDK, built exactly as a user points it at the emulator. */
public final class SdkClients {

	private SdkClients() {
	}

	public static CceClient cce(int port, String ak, String sk, String projectId) {
		return CceClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
			.withEndpoints(List.of("http://127.0.0.1:" + port))
			.build();
	}

	static MigrateNodeRequest migrate(String source, String target, String... nodeIds) {
		return new MigrateNodeRequest().withClusterId(source)
			.withTargetClusterId(target)
			.withBody(new MigrateNodesTask().withApiVersion("v3")
				.withKind("MigrateNodesTask")
				.withSpec(new MigrateNodesSpec().withOs("EulerOS 2.9")
					.withLogin(new Login().withSshKey("KeyPair-001"))
					.withNodes(List.of(nodeIds).stream().map((id) -> new NodeItem().withUid(id)).toList())));
	}

	/** The refusal as the SDK reports it: status, error code and message; its request id is the emulator's. */
	static ClientRequestException refusal(ThrowingCallable call, int status, String code, String message) {
		ClientRequestException ex = catchThrowableOfType(ClientRequestException.class, call);
		assertThat(ex).as("the call should be refused").isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		if (message != null) {
			assertThat(ex.getErrorMsg()).isEqualTo(message);
		}
		assertThat(ex.getRequestId()).matches("[0-9a-f]{32}");
		return ex;
	}

}
