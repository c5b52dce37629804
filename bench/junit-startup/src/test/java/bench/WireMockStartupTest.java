package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(Stamp.class)
@WireMockTest
class WireMockStartupTest {

	@Test
	void firstTest(WireMockRuntimeInfo wireMock) {
		Stamp.firstTest("wiremock", () -> {
			stubFor(get("/clusters").willReturn(okJson("{\"items\":[]}")));
			HttpRequest list = HttpRequest.newBuilder(URI.create(wireMock.getHttpBaseUrl() + "/clusters")).build();
			try {
				assertEquals(200, HttpClient.newHttpClient().send(list, BodyHandlers.discarding()).statusCode());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
