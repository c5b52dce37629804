package io.cceemulator.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.cceemulator.auth.CredentialRegistry.Domain;

/**
 * The bodies of IAM's lookups, as Huawei's IAM API reference shows them (KeystoneListProjects, "Querying Project
 * Information"; KeystoneListAuthDomains, "Querying Account Information Accessible to an IAM User").
 */
final class IamLookupResponses {

	private IamLookupResponses() {
	}

	record ProjectList(List<ProjectView> projects, Links links) {
	}

	@JsonPropertyOrder({ "is_domain", "description", "links", "enabled", "id", "parent_id", "domain_id", "name" })
	record ProjectView(@JsonProperty("is_domain") boolean isDomain, String description, Map<String, String> links,
			boolean enabled, String id, @JsonProperty("parent_id") String parentId,
			@JsonProperty("domain_id") String domainId, String name) {

		static ProjectView of(IamLookups.Project project, String self) {
			return new ProjectView(false, "", Map.of("self", self), true, project.id(), project.parentId(),
					project.domain().id(), project.name());
		}

	}

	record DomainList(List<DomainView> domains, Links links) {
	}

	@JsonPropertyOrder({ "description", "enabled", "id", "links", "name" })
	record DomainView(String description, boolean enabled, String id, Map<String, String> links, String name) {

		static DomainView of(Domain domain, String self) {
			return new DomainView("", true, domain.id(), Map.of("self", self), domain.name());
		}

	}

	/** IAM writes the links it has not as {@code null}, and golangsdk's pager stops at a {@code next} that is. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "self", "previous", "next" })
	record Links(String self, String previous, String next) {
	}

}
