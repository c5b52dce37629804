package io.cceemulator.nodelifecycle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The RemoveNodesTask body, request and response alike. {@code login} is optional: Huawei's page marks it so (the
 * OS is then reinstalled with the image's password), and Terraform's {@code huaweicloud_cce_nodes_remove} sends none.
 */
record RemoveNodesTask(String apiVersion, String kind, @NotNull(message = "is required") @Valid RemoveNodesSpec spec,
		TaskStatus status) {

	record RemoveNodesSpec(@Valid ReinstallNodeSpec.Login login,
			@NotNull(message = "is required") @Size(min = 1, max = NodeLists.MAX_NODES,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid NodeItem> nodes) {
	}

	record NodeItem(@NotBlank(message = "is required") String uid) {
	}

	record TaskStatus(String jobID) {
	}

}
