package io.cceemulator.auth;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.IamError;
import io.cceemulator.error.IamException;
import io.cceemulator.state.Credentials.User;
import io.cceemulator.auth.IamTokenRequest.PasswordUser;
import io.cceemulator.auth.IamTokenRequest.Ref;

/**
 * IAM's "Obtaining a User Token Through Password Authentication" for the users of the loaded data, so that the steps
 * of Huawei's docs work with curl. The body is parsed here, not by Spring MVC, so that no parse error can echo a
 * password back.
 */
@RestController
class IamTokenController {

	static final String SUBJECT_TOKEN = "X-Subject-Token";

	private static final Logger log = LoggerFactory.getLogger(IamTokenController.class);

	private final CredentialRegistry credentials;

	private final JsonMapper json;

	IamTokenController(CredentialRegistry credentials, JsonMapper json) {
		this.credentials = credentials;
		this.json = json;
	}

	@PostMapping("/v3/auth/tokens")
	ResponseEntity<IamTokenResponse> create(@RequestBody(required = false) byte[] body) {
		IamTokenRequest.Auth auth = parse(body);
		PasswordUser given = auth.identity().password().user();
		User user = this.credentials.authenticate(given.domain().name(), given.name(), given.password())
			.orElseThrow(() -> new IamException(IamError.REQUIRES_AUTHENTICATION,
					"user " + given.name() + " of domain " + given.domain().name() + " or its password is unknown"));
		String projectId = projectId(auth.scope());
		if (projectId != null && !user.projects().contains(projectId)) {
			throw new IamException(IamError.REQUIRES_AUTHENTICATION,
					"user " + user.name() + " has no access to project " + projectId);
		}
		CredentialRegistry.IssuedToken token = this.credentials.issue(user, projectId);
		log.debug("issued a token to user {} of domain {} for project {}", user.name(), user.domainName(), projectId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(SUBJECT_TOKEN, token.value())
			.contentType(MediaType.APPLICATION_JSON)
			.body(IamTokenResponse.of(token,
					(projectId != null) ? this.credentials.projectName(projectId).orElse(projectId) : null));
	}

	private IamTokenRequest.Auth parse(byte[] body) {
		IamTokenRequest request;
		try {
			request = (body != null && body.length > 0) ? this.json.readValue(body, IamTokenRequest.class) : null;
		}
		catch (JacksonException ex) {
			throw new IamException(IamError.INVALID_BODY, "the body is not the JSON of a token request");
		}
		IamTokenRequest.Auth auth = (request != null) ? request.auth() : null;
		IamTokenRequest.Identity identity = (auth != null) ? auth.identity() : null;
		List<String> methods = (identity != null) ? identity.methods() : null;
		if (methods == null || !methods.contains("password") || identity.password() == null) {
			throw new IamException(IamError.INVALID_BODY, "auth.identity needs methods [\"password\"] and password");
		}
		PasswordUser user = identity.password().user();
		if (user == null || user.name() == null || user.password() == null || user.domain() == null
				|| user.domain().name() == null) {
			throw new IamException(IamError.INVALID_BODY,
					"auth.identity.password.user needs name, password and domain.name");
		}
		return auth;
	}

	/** The project of the scope by id or name; null for a token without a project scope. */
	private String projectId(IamTokenRequest.Scope scope) {
		Ref project = (scope != null) ? scope.project() : null;
		if (project == null) {
			return null;
		}
		if (project.id() != null) {
			return this.credentials.projectName(project.id())
				.map((name) -> project.id())
				.orElseThrow(() -> new IamException(IamError.PROJECT_NOT_FOUND, "project " + project.id()));
		}
		if (project.name() != null) {
			return this.credentials.projectId(project.name())
				.orElseThrow(() -> new IamException(IamError.PROJECT_NOT_FOUND, "project " + project.name()));
		}
		throw new IamException(IamError.INVALID_BODY, "auth.scope.project needs an id or a name");
	}

}
