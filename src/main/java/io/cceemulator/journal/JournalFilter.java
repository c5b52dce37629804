package io.cceemulator.journal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingRequestWrapper;

import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.CallAttributes;
import io.cceemulator.web.PipelineFilter;
import io.cceemulator.web.RequestIdFilter;
import io.cceemulator.web.Stage;

/** Records every call to the emulated cloud APIs (not the admin API) once its response is complete. */
@Component
class JournalFilter implements PipelineFilter {

	private static final int MAX_BODY = 64 * 1024;

	private final RequestJournal journal;

	private final JsonMapper json;

	private final Clock clock;

	JournalFilter(RequestJournal journal, JsonMapper json, Clock clock) {
		this.journal = journal;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Stage stage() {
		return Stage.JOURNAL;
	}

	/** The emulated cloud's calls; not the admin API's, nor health and metrics. */
	@Override
	public boolean applies(HttpServletRequest request) {
		return ApiSurface.of(request).isCloud();
	}

	@Override
	public void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		ContentCachingRequestWrapper wrapped = new ContentCachingRequestWrapper(request, MAX_BODY);
		try {
			chain.doFilter(wrapped, response);
		}
		finally {
			record(wrapped, response, (System.nanoTime() - started) / 1000);
		}
	}

	@SuppressWarnings("unchecked")
	private void record(ContentCachingRequestWrapper request, HttpServletResponse response, long micros) {
		Object changes = request.getAttribute(CallAttributes.CHANGES);
		Object project = request.getAttribute(CallAttributes.PROJECT);
		this.journal.add(new JournalEntry(this.journal.nextSequence(), RequestIdFilter.of(request),
				this.clock.instant(), CallAttributes.operation(request), (project != null) ? project.toString() : null,
				request.getMethod(), request.getRequestURI(), request.getQueryString(), response.getStatus(),
				(String) request.getAttribute(CallAttributes.ERROR_CODE),
				(String) request.getAttribute(CallAttributes.RULE),
				Redactor.redact(this.json, request.getContentAsByteArray()),
				(changes instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of(), micros));
	}

}
