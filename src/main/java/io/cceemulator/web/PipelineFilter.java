package io.cceemulator.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A filter stage of the request pipeline: {@link WebPipeline} runs the stages in {@link Stage} order, once per
 * request, inside one servlet filter, and skips a stage for the requests it does not {@link #applies apply} to.
 */
public interface PipelineFilter {

	Stage stage();

	/** Whether the stage runs for this request; by default for every request. */
	default boolean applies(HttpServletRequest request) {
		return true;
	}

	void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException;

}
