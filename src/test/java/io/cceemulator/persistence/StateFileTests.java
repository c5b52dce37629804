package io.cceemulator.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateFileTests {

	@TempDir
	Path dir;

	private Path write(String content) throws IOException {
		Path file = this.dir.resolve("state.log");
		Files.writeString(file, content);
		return file;
	}

	@Test
	void readsChecksummedRecords() throws IOException {
		Path file = write(StateFile.line("{\"a\":1}") + StateFile.line("{\"b\":2}"));
		assertThat(StateFile.read(file, false).records()).containsExactly("{\"a\":1}", "{\"b\":2}");
	}

	@Test
	void dropsATornLastRecordOnly() throws IOException {
		String second = StateFile.line("{\"b\":2}");
		Path file = write(StateFile.line("{\"a\":1}") + second.substring(0, second.length() - 4));
		StateFile.Read read = StateFile.read(file, false);
		assertThat(read.records()).containsExactly("{\"a\":1}");
		assertThat(read.droppedTornLines()).isEqualTo(1);
	}

	@Test
	void refusesDamageBeforeTheLastRecordWithAWayOut() throws IOException {
		Path file = write(StateFile.line("{\"a\":1}") + StateFile.line("{\"b\":2}").replace("\"b\"", "\"c\"")
				+ StateFile.line("{\"d\":3}"));
		assertThatThrownBy(() -> StateFile.read(file, false)).isInstanceOf(StateFileDamagedException.class)
			.hasMessageContaining("is damaged at line 2: its checksum does not match its content")
			.hasMessageContaining("emulator.persistence.recover=truncate to keep the 1 record(s) before the damage");
		assertThat(StateFile.read(file, true).records()).containsExactly("{\"a\":1}");
	}

	@Test
	void rewritesAtomically() throws IOException {
		Path file = write("garbage");
		StateFile.rewrite(file, List.of(StateFile.line("{}")));
		assertThat(StateFile.read(file, false).records()).containsExactly("{}");
		assertThat(Files.exists(file.resolveSibling("state.log.tmp"))).isFalse();
	}

}
