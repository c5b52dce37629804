package io.cceemulator.auth;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

import io.cceemulator.auth.IamLookupResponses.DomainList;
import io.cceemulator.auth.IamLookupResponses.DomainView;
import io.cceemulator.auth.IamLookupResponses.Links;
import io.cceemulator.auth.IamLookupResponses.ProjectList;
import io.cceemulator.auth.IamLookupResponses.ProjectView;
import io.cceemulator.web.CceOperation;
import io.cceemulator.web.RequestIdFilter;

/**
 * IAM's lookups that clients make when they are not told their ids: the official SDKs' project lookup
 * ({@code GET /v3/projects?name=<region>}, when no project id is set) and the domain lookup of their global services
 * and of Terraform ({@code GET /v3/auth/domains}). The caller is authenticated by the {@link AuthInterceptor}.
 */
@RestController
class IamLookupController {

	/** IAM's trace id, which the SDKs quote when a lookup finds nothing; the emulator's is the request id. */
	static final String TRACE_ID = "X-IAM-Trace-Id";

	private final IamLookups lookups;

	IamLookupController(IamLookups lookups) {
		this.lookups = lookups;
	}

	/** Whether the handler is one of these lookups, which need a credential (IAM's token request does not). */
	static boolean handles(Object handler) {
		return handler instanceof HandlerMethod method && method.getBeanType() == IamLookupController.class;
	}

	@CceOperation("KeystoneListProjects")
	@GetMapping("/v3/projects")
	ResponseEntity<ProjectList> projects(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
			@RequestParam Map<String, String> query, HttpServletRequest request) {
		IamLookups.Listed listed = this.lookups.projects(caller, ProjectQuery.of(query));
		String base = base(request);
		ProjectQuery.Page page = listed.page();
		Links links = new Links(self(request),
				(page != null && page.number() > 1) ? withPage(request, page.number() - 1) : null,
				listed.more() ? withPage(request, page.number() + 1) : null);
		return ok(request, new ProjectList(
				listed.projects().stream().map((p) -> ProjectView.of(p, base + "/v3/projects/" + p.id())).toList(),
				links));
	}

	@CceOperation("KeystoneListAuthDomains")
	@GetMapping("/v3/auth/domains")
	ResponseEntity<DomainList> domains(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, HttpServletRequest request) {
		String base = base(request);
		return ok(request, new DomainList(
				this.lookups.domains(caller).stream().map((d) -> DomainView.of(d, base + "/v3/domains/" + d.id())).toList(),
				new Links(self(request), null, null)));
	}

	private static <T> ResponseEntity<T> ok(HttpServletRequest request, T body) {
		return ResponseEntity.ok()
			.header(TRACE_ID, RequestIdFilter.of(request))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/** The scheme, host and port the client called, which IAM's links begin with. */
	private static String base(HttpServletRequest request) {
		String url = request.getRequestURL().toString();
		return url.substring(0, url.length() - request.getRequestURI().length());
	}

	private static String self(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURL() + ((query != null) ? "?" + query : "");
	}

	/** The same query as the client sent (as sent, still encoded), on another page. */
	private static String withPage(HttpServletRequest request, int page) {
		String query = Arrays.stream(request.getQueryString().split("&"))
			.map((pair) -> (pair.equals("page") || pair.startsWith("page=")) ? "page=" + page : pair)
			.collect(Collectors.joining("&"));
		return request.getRequestURL() + "?" + query;
	}

}
