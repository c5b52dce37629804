package io.cceemulator.error;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import io.cceemulator.web.ApiSurface;

/**
 * Tomcat refuses some requests before any servlet sees them: a header section over
 * {@code server.max-http-request-header-size}, an encoded slash or a bad percent-escape in the path. Its error report
 * valve would answer those in HTML; this one answers in CCE's error body, with Tomcat's status. Whatever reaches the
 * application is answered there, so this body is only written when nothing else was. Runs after Spring Boot's own
 * customizer (unordered, so last), whose valve it replaces.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new CceErrorReportValve());
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(CceErrorReportValve.class.getName());
			}
		});
	}

	static final class CceErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			try {
				ApiSurface surface = ApiSurface.ofPath(request.getCoyoteRequest().requestURI().toString());
				String body = ErrorWriter.prepare(StatusRefusals.of(status, surface), request, response);
				java.io.Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the response was taken over: there is no one left to tell
			}
		}

	}

}
