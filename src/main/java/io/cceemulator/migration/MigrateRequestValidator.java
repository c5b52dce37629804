package io.cceemulator.migration;

import org.springframework.stereotype.Component;

import io.cceemulator.migration.MigrateNodesTask.Login;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodeExtendParam;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.nodelifecycle.InstallChecks;
import io.cceemulator.nodelifecycle.RequestChecks;
import io.cceemulator.state.ProjectState;

/**
 * The request rules that Bean Validation cannot express, checked after the shape and before any cluster is looked
 * at, in the order of the fields on the API page. Each failure names the field and the rule; the rules a migration
 * shares with the other reinstalls are {@link InstallChecks}.
 */
@Component
class MigrateRequestValidator {

	void validate(ProjectState project, MigrateNodesTask task) {
		RequestChecks.envelope(task.apiVersion(), task.kind(), "MigrateNodesTask");
		MigrateNodesSpec spec = task.spec();
		if (spec.extendParam() != null) {
			validateExtendParam(project, spec.os(), spec.extendParam());
		}
		Login login = spec.login();
		InstallChecks.login("spec.login", login.sshKey(), login.userPassword() != null,
				(login.userPassword() != null) ? login.userPassword().username() : null,
				(login.userPassword() != null) ? login.userPassword().password() : null);
		RequestChecks.distinct(spec.nodes().stream().map(MigrateNodesTask.NodeItem::uid).toList(), "spec.nodes[%d].uid",
				"node");
	}

	private static void validateExtendParam(ProjectState project, String os, MigrateNodeExtendParam extend) {
		InstallChecks.lvm("spec.extendParam.DockerLVMConfigOverride", extend.dockerLvmConfigOverride());
		InstallChecks.scripts("spec.extendParam", "alpha.cce/preInstall", extend.preInstall(),
				"alpha.cce/postInstall", extend.postInstall());
		if (extend.nodeImageId() != null) {
			InstallChecks.imageOs(
					InstallChecks.image(project, "spec.extendParam.alpha.cce/NodeImageID", extend.nodeImageId()),
					"spec.os", os);
		}
	}

}
