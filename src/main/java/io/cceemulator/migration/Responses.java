package io.cceemulator.migration;

import io.cceemulator.migration.MigrateNodesTask.Login;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.migration.MigrateNodesTask.UserPassword;

/** Builds the 200 body: the request's spec with the runtime default filled in and the password masked. */
final class Responses {

	static final String MASKED_PASSWORD = "******";

	private Responses() {
	}

	static MigrateNodesTask accepted(MigrateNodesTask request, String runtime, String jobId) {
		MigrateNodesSpec spec = request.spec();
		Login login = spec.login();
		Login shown = (login.userPassword() == null) ? login
				: new Login(null, new UserPassword(username(login.userPassword()), MASKED_PASSWORD));
		MigrateNodesSpec echoed = new MigrateNodesSpec(spec.os(), spec.extendParam(), shown,
				new MigrateNodesTask.Runtime(runtime), spec.nodes());
		return new MigrateNodesTask("v3", "MigrateNodesTask", echoed, new MigrateNodesTask.TaskStatus(jobId));
	}

	static String username(UserPassword password) {
		return (password.username() != null) ? password.username() : "root";
	}

}
