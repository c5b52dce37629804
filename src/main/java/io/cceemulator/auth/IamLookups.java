package io.cceemulator.auth;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.cceemulator.auth.CredentialRegistry.Domain;

/**
 * What IAM tells a client that looks its ids up, from the loaded data's credentials: the projects the caller may see
 * (those of the user behind an issued token, else those of its credential) and their accounts. Nothing else of the
 * data shows: another account's projects are not found, as they are not in the cloud.
 */
@Component
class IamLookups {

	/** A project as IAM lists it; {@code parentId} is its region's project for a sub-project, else its account. */
	record Project(String id, String name, Domain domain, String parentId) {
	}

	/** A page of projects; {@code more} when a later page holds some too. */
	record Listed(List<Project> projects, ProjectQuery.Page page, boolean more) {
	}

	private static final Comparator<Project> ORDER = Comparator.comparing(Project::name).thenComparing(Project::id);

	private final CredentialRegistry credentials;

	IamLookups(CredentialRegistry credentials) {
		this.credentials = credentials;
	}

	/** The caller's projects that pass the query's filters, by name, then id. */
	Listed projects(Caller caller, ProjectQuery query) {
		if (!query.enabled() || query.domains()) {
			// every emulated project is enabled, and none is an account
			return new Listed(List.of(), query.page(), false);
		}
		List<Project> all = visible(caller).stream()
			.map(this::project)
			.filter((p) -> query.name() == null || p.name().equals(query.name()))
			.filter((p) -> query.domainId() == null || p.domain().id().equals(query.domainId()))
			.filter((p) -> query.parentId() == null || p.parentId().equals(query.parentId()))
			.sorted(ORDER)
			.toList();
		ProjectQuery.Page page = query.page();
		if (page == null) {
			return new Listed(all, null, false);
		}
		int from = (int) Math.min(all.size(), (long) page.from());
		int to = (int) Math.min(all.size(), (long) from + page.size());
		return new Listed(all.subList(from, to), page, to < all.size());
	}

	/** The accounts of the caller: its user's, else those of the projects its credential opens; by name. */
	List<Domain> domains(Caller caller) {
		Stream<Domain> domains = (caller.user() != null)
				? Stream.of(new Domain(caller.user().domainId(), caller.user().domainName()))
				: caller.projects().stream().map(this.credentials::domainOf);
		return domains.distinct().sorted(Comparator.comparing(Domain::name).thenComparing(Domain::id)).toList();
	}

	/** An issued token lists the projects of its user, not only the one it is scoped to, as IAM's user would. */
	private Set<String> visible(Caller caller) {
		return (caller.user() != null) ? caller.user().projects() : caller.projects();
	}

	private Project project(String id) {
		Map<String, String> names = this.credentials.projects();
		String name = Objects.requireNonNullElse(names.get(id), id);
		Domain domain = this.credentials.domainOf(id);
		return new Project(id, name, domain, regionProject(name, names).orElse(domain.id()));
	}

	/** A sub-project ({@code cn-north-4_team-b}) hangs below its region's project ({@code cn-north-4}), if loaded. */
	private static Optional<String> regionProject(String name, Map<String, String> names) {
		int underscore = name.indexOf('_');
		if (underscore <= 0) {
			return Optional.empty();
		}
		String region = name.substring(0, underscore);
		return names.entrySet().stream().filter((e) -> e.getValue().equals(region)).map(Map.Entry::getKey).findFirst();
	}

}
