package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.cceemulator.junit.CceEmulator;
import io.cceemulator.junit.CceEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(Stamp.class)
@CceEmulatorTest
class EmulatorStartupTest {

	@Test
	void firstTest(CceEmulator emulator) {
		Stamp.firstTest("emulator", () -> {
			HttpRequest list = HttpRequest.newBuilder(URI.create(emulator.projectUrl() + "/clusters"))
				.header("X-Auth-Token", emulator.token())
				.build();
			try {
				assertEquals(200, HttpClient.newHttpClient().send(list, BodyHandlers.discarding()).statusCode());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
