package io.cceemulator.fault;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import io.cceemulator.web.ApiSurface;
import io.cceemulator.web.CallAttributes;
import io.cceemulator.web.PipelineInterceptor;
import io.cceemulator.web.Stage;

/** Applies the call faults to the emulated APIs, after authentication, before the handler. */
@Component
class FaultInterceptor implements PipelineInterceptor {

	private final FaultRegistry faults;

	FaultInterceptor(FaultRegistry faults) {
		this.faults = faults;
	}

	@Override
	public Stage stage() {
		return Stage.FAULTS;
	}

	@Override
	public Set<ApiSurface> surfaces() {
		return Set.of(ApiSurface.CCE, ApiSurface.IAM);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		this.faults.beforeCall(CallAttributes.operation(request), request.getMethod(), request.getRequestURI());
		return true;
	}

}
