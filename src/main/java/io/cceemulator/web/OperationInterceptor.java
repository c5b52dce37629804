package io.cceemulator.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Tags each call with its {@link CceOperation} and project before anything can refuse it. */
@Component
class OperationInterceptor implements PipelineInterceptor {

	@Override
	public Stage stage() {
		return Stage.OPERATION;
	}

	@Override
	public Set<ApiSurface> surfaces() {
		return EnumSet.allOf(ApiSurface.class);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			CceOperation operation = method.getMethodAnnotation(CceOperation.class);
			if (operation != null) {
				request.setAttribute(CallAttributes.OPERATION, operation.value());
			}
		}
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
				&& vars.get("project_id") != null) {
			request.setAttribute(CallAttributes.PROJECT, vars.get("project_id"));
		}
		return true;
	}

}
