package io.cceemulator.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.journal.JournalEntry;
import io.cceemulator.journal.RequestJournal;
import io.cceemulator.web.ApiSurface;

/** The request journal: query ({@code operation}, {@code method}, {@code path}, {@code status}, ...) and clear. */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX + "/journal")
class AdminJournalController {

	private final RequestJournal journal;

	AdminJournalController(RequestJournal journal) {
		this.journal = journal;
	}

	/** Recorded calls, oldest first; every parameter narrows the search, {@code limit} keeps the newest. */
	@GetMapping
	List<JournalEntry> find(RequestJournal.Query query) {
		return this.journal.find(query);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear() {
		this.journal.clear();
	}

}
