package io.cceemulator.nodelifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * CreateNodePool's body (the SDK's NodePool): the node template is CreateNode's spec. The fields the emulator does
 * not keep (podSecurityGroups, nodeManagement, extensionScaleGroups, customSecurityGroups, ...) are accepted.
 */
record NodePoolRequest(String kind, String apiVersion, @NotNull(message = "is required") @Valid Metadata metadata,
		@NotNull(message = "is required") @Valid Spec spec) {

	record Metadata(@NotBlank(message = "is required") String name) {
	}

	/** @param type Terraform sends an empty one when none is configured; it means vm */
	record Spec(@Pattern(regexp = "(vm|ElasticBMS|pm)?", message = "must be vm, ElasticBMS or pm") String type,
			@NotNull(message = "is required") @Valid NodeCreateRequest.Spec nodeTemplate,
			@Min(value = 0, message = "must be 0 or more") Integer initialNodeCount, @Valid Autoscaling autoscaling) {
	}

	/** The SDK's NodePoolNodeAutoscaling; Terraform always sends it, with zeros when autoscaling is off. */
	record Autoscaling(Boolean enable, @Min(value = 0, message = "must be 0 or more") Integer minNodeCount,
			@Min(value = 0, message = "must be 0 or more") Integer maxNodeCount,
			@Min(value = 0, message = "must be 0 or more") Integer scaleDownCooldownTime, Integer priority) {
	}

}
