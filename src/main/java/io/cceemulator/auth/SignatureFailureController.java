package io.cceemulator.auth;

import java.util.List;

import io.cceemulator.web.ApiSurface;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only view of {@link SignatureFailures} for the admin side: why did the emulator refuse my signature? */
@RestController
class SignatureFailureController {

	record FailureList(List<SignatureFailures.SignatureFailure> failures) {
	}

	private final SignatureFailures failures;

	SignatureFailureController(SignatureFailures failures) {
		this.failures = failures;
	}

	@GetMapping(ApiSurface.ADMIN_PREFIX + "/auth/signature-failures")
	FailureList list() {
		return new FailureList(this.failures.recent());
	}

}
