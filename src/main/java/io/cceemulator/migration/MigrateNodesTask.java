package io.cceemulator.migration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The MigrateNodesTask body, request and response alike, with every field of the API page's tables. The shape is
 * checked here; the rules that need more than one field are in {@link MigrateRequestValidator}.
 */
record MigrateNodesTask(String apiVersion, String kind, @NotNull(message = "is required") @Valid MigrateNodesSpec spec,
		TaskStatus status) {

	static final int MAX_NODES = 200;

	record MigrateNodesSpec(@NotBlank(message = "is required") String os, @Valid MigrateNodeExtendParam extendParam,
			@NotNull(message = "is required") @Valid Login login, @Valid Runtime runtime,
			@NotNull(message = "is required") @Size(min = 1, max = MAX_NODES,
					message = "must list {min} to {max} nodes") List<@NotNull(message = "must be an object") @Valid NodeItem> nodes) {
	}

	record MigrateNodeExtendParam(
			@Min(value = 16, message = "must be between 16 and 256") @Max(value = 256,
					message = "must be between 16 and 256") Integer maxPods,
			@JsonProperty("DockerLVMConfigOverride") String dockerLvmConfigOverride,
			@JsonProperty("alpha.cce/preInstall") String preInstall,
			@JsonProperty("alpha.cce/postInstall") String postInstall,
			@JsonProperty("alpha.cce/NodeImageID") String nodeImageId) {
	}

	record Login(String sshKey, @Valid UserPassword userPassword) {
	}

	/** @param password Base64 of a SHA-512 crypt string; never echoed */
	record UserPassword(String username, @NotBlank(message = "is required") String password) {
	}

	record Runtime(@NotBlank(message = "is required") @Pattern(regexp = "docker|containerd",
			message = "must be docker or containerd") String name) {
	}

	record NodeItem(@NotBlank(message = "is required") String uid) {
	}

	record TaskStatus(String jobID) {
	}

}
