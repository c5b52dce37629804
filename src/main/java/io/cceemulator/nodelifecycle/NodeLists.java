package io.cceemulator.nodelifecycle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The list-shaped bodies ({@code {"kind":"List","apiVersion":"v3","nodeList":[...]}}) and their {@code jobid}
 * answer. Go's SDK spells the version {@code apiversion}; both spellings are read.
 */
final class NodeLists {

	static final int MAX_NODES = 200;

	/** CCE's MigrateNodesToNodePoolList Javadoc: "最多支持同迁移50个节点". */
	static final int MAX_POOL_MIGRATIONS = 50;

	private NodeLists() {
	}

	record AddNodeList(@JsonAlias("apiversion") String apiVersion, String kind,
			@NotNull(message = "is required") @Size(min = 1, max = MAX_NODES,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid AddNode> nodeList) {
	}

	record AddNode(@NotBlank(message = "is required") String serverID,
			@NotNull(message = "is required") @Valid ReinstallNodeSpec spec) {
	}

	record ResetNodeList(@JsonAlias("apiversion") String apiVersion, String kind,
			@NotNull(message = "is required") @Size(min = 1, max = MAX_NODES,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid ResetNode> nodeList) {
	}

	record ResetNode(@NotBlank(message = "is required") String nodeID,
			@NotNull(message = "is required") @Valid ReinstallNodeSpec spec) {
	}

	record AddNodesToNodePoolList(@JsonAlias("apiversion") String apiVersion, String kind,
			@NotNull(message = "is required") @Size(min = 1, max = MAX_NODES,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid ServerRef> nodeList) {
	}

	record ServerRef(@NotBlank(message = "is required") String serverID) {
	}

	record MigrateNodesToNodePoolList(@JsonAlias("apiversion") String apiVersion, String kind,
			@NotNull(message = "is required") @Size(min = 1, max = MAX_POOL_MIGRATIONS,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid NodeRef> nodeList) {
	}

	record NodeRef(@NotBlank(message = "is required") String nodeID) {
	}

	/** AddNode's, ResetNode's and AddNodesToNodePool's answer: the job id, lower-case, at the top level. */
	record JobId(String jobid) {
	}

}
