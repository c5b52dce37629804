package io.cceemulator.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The log's lines: {@code <crc32 of the JSON, 8 hex digits> <JSON>\n}. A line that is cut short or fails its
 * checksum is a torn write when it is the last one (dropped), and damage anywhere else.
 */
final class StateFile {

	record Read(List<String> records, int droppedTornLines) {
	}

	private StateFile() {
	}

	static String line(String json) {
		return checksum(json) + " " + json + "\n";
	}

	/** The records of the file, oldest first; {@code truncateOnDamage} keeps those before damage instead of failing. */
	static Read read(Path file, boolean truncateOnDamage) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		String[] lines = content.split("\n", -1);
		List<String> records = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean last = (i == lines.length - 1) || (i == lines.length - 2 && lines[lines.length - 1].isEmpty());
			boolean terminated = i < lines.length - 1;
			if (line.isEmpty() && !terminated) {
				break;
			}
			String problem = terminated ? check(line) : "it is cut short (no line end)";
			if (problem == null) {
				records.add(line.substring(9));
				continue;
			}
			if (last) {
				return new Read(records, 1);
			}
			if (truncateOnDamage) {
				return new Read(records, lines.length - i);
			}
			throw new StateFileDamagedException("state file " + file + " is damaged at line " + (i + 1) + ": " + problem
					+ ". To start anyway, either move the file away (the emulator then starts from its data file), or "
					+ "set emulator.persistence.recover=truncate to keep the " + records.size()
					+ " record(s) before the damage.");
		}
		return new Read(records, 0);
	}

	/** Replaces the file with the given lines atomically: written aside, forced to disk, then renamed over it. */
	static void rewrite(Path file, List<String> lines) throws IOException {
		Path aside = file.resolveSibling(file.getFileName() + ".tmp");
		try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			for (String line : lines) {
				writeFully(channel, line);
			}
			channel.force(true);
		}
		Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static void writeFully(FileChannel channel, String text) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
	}

	private static String check(String line) {
		if (line.length() < 10 || line.charAt(8) != ' ') {
			return "it is not a checksummed record";
		}
		String json = line.substring(9);
		return checksum(json).equals(line.substring(0, 8)) ? null : "its checksum does not match its content";
	}

	private static String checksum(String json) {
		CRC32 crc = new CRC32();
		crc.update(json.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

}
