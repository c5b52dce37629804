package io.cceemulator.web;

import java.util.Set;

import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring MVC interceptor of the request pipeline, run at its {@link Stage} for the requests of its surfaces. */
public interface PipelineInterceptor extends HandlerInterceptor {

	Stage stage();

	Set<ApiSurface> surfaces();

}
