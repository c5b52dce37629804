package io.cceemulator.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers every stage of the request pipeline in {@link Stage} order: the filter stages inside one servlet filter,
 * ahead of everything else, and the interceptor stages, each run only for the surfaces it names.
 */
@Configuration(proxyBeanMethods = false)
class WebPipeline implements WebMvcConfigurer {

	private final List<PipelineInterceptor> interceptors;

	WebPipeline(List<PipelineInterceptor> interceptors) {
		this.interceptors = inOrder(interceptors, PipelineInterceptor::stage);
	}

	@Bean
	FilterRegistrationBean<Stages> pipelineFilters(List<PipelineFilter> filters) {
		FilterRegistrationBean<Stages> registration = new FilterRegistrationBean<>(
				new Stages(inOrder(filters, PipelineFilter::stage)));
		registration.setName("pipeline");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	/** CCE answers JSON whatever a client says it accepts; an {@code Accept: text/plain} is no reason to refuse. */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		for (PipelineInterceptor interceptor : this.interceptors) {
			registry.addInterceptor(new OnSurfaces(interceptor));
		}
	}

	private static <T> List<T> inOrder(List<T> stages, Function<T, Stage> stage) {
		List<T> ordered = stages.stream().sorted(Comparator.comparing(stage)).toList();
		for (int i = 1; i < ordered.size(); i++) {
			if (stage.apply(ordered.get(i)) == stage.apply(ordered.get(i - 1))) {
				throw new IllegalStateException("two beans claim the pipeline stage " + stage.apply(ordered.get(i)));
			}
		}
		return ordered;
	}

	/**
	 * The filter stages, run in order within one servlet filter: when a request arrives, and again when it resumes
	 * after the body stage read its body asynchronously (the stages before it are idempotent, the body stage picks
	 * up its outcome, the ones after it run for the first time).
	 */
	static final class Stages implements Filter {

		private final List<PipelineFilter> stages;

		Stages(List<PipelineFilter> stages) {
			this.stages = stages;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean resuming = request.getDispatcherType() == DispatcherType.ASYNC
					&& request.getAttribute(AsyncBody.OUTCOME) != null;
			if (request.getDispatcherType() == DispatcherType.ASYNC && !resuming) {
				chain.doFilter(request, response);
				return;
			}
			new Next(this.stages, chain).doFilter(request, response);
		}

	}

	/** The rest of the stages, then the servlet's own chain. */
	private record Next(List<PipelineFilter> stages, FilterChain last) implements FilterChain {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			HttpServletRequest http = (HttpServletRequest) request;
			for (int i = 0; i < this.stages.size(); i++) {
				PipelineFilter stage = this.stages.get(i);
				if (stage.applies(http)) {
					stage.doFilter(http, (HttpServletResponse) response,
							new Next(this.stages.subList(i + 1, this.stages.size()), this.last));
					return;
				}
			}
			this.last.doFilter(request, response);
		}

	}

	/** Runs the interceptor only for requests of its surfaces. */
	private record OnSurfaces(PipelineInterceptor interceptor) implements HandlerInterceptor {

		private boolean applies(HttpServletRequest request) {
			return this.interceptor.surfaces().contains(ApiSurface.of(request));
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			return !applies(request) || this.interceptor.preHandle(request, response, handler);
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) throws Exception {
			if (applies(request)) {
				this.interceptor.postHandle(request, response, handler, modelAndView);
			}
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) throws Exception {
			if (applies(request)) {
				this.interceptor.afterCompletion(request, response, handler, ex);
			}
		}

	}

}
