package io.cceemulator.persistence;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The log's lines: {@code <crc32 of the JSON, 8 hex digits> <JSON>\n}. A line that is cut short or fails its
 * checksum is a torn write when it is the last one (dropped: it was never acknowledged), and damage anywhere else.
 * The file is read one line at a time, so its size costs no more memory than its longest line.
 */
final class StateFile {

	/** @param kept how many records were read; @param droppedTornLines how many lines at the end were not */
	record Read(List<String> records, int droppedTornLines) {
	}

	private StateFile() {
	}

	static String line(String json) {
		return checksum(json.getBytes(StandardCharsets.UTF_8)) + " " + json + "\n";
	}

	/** Every record of the file, oldest first; {@code truncateOnDamage} keeps those before damage instead of failing. */
	static Read read(Path file, boolean truncateOnDamage) throws IOException {
		List<String> records = new ArrayList<>();
		int dropped = forEach(file, truncateOnDamage, records::add);
		return new Read(records, dropped);
	}

	/** Gives each record to {@code record} in turn; returns how many lines at the end were dropped. */
	static int forEach(Path file, boolean truncateOnDamage, Consumer<String> record) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			int lineNumber = 0;
			int kept = 0;
			String problem = null;
			int problemLine = 0;
			for (Line line = next(in); line != null; line = next(in)) {
				lineNumber++;
				if (problem != null) {
					// damage before this line: the damaged line was not the last one
					return damaged(file, problemLine, problem, kept, truncateOnDamage, lineNumber);
				}
				String json = line.terminated() ? check(line.bytes()) : null;
				if (json == null) {
					problem = line.terminated() ? describe(line.bytes()) : "it is cut short (no line end)";
					problemLine = lineNumber;
					continue;
				}
				record.accept(json);
				kept++;
			}
			return (problem != null) ? 1 : 0;
		}
	}

	private static int damaged(Path file, int line, String problem, int kept, boolean truncate, int lines) {
		if (truncate) {
			return lines - line + 1;
		}
		throw new StateFileDamagedException("state file " + file + " is damaged at line " + line + ": " + problem
				+ ". To start anyway, either move the file away (the emulator then starts from its data file), or "
				+ "set emulator.persistence.recover=truncate to keep the " + kept + " record(s) before the damage.");
	}

	private record Line(byte[] bytes, boolean terminated) {
	}

	private static Line next(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(256);
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				return new Line(line.toByteArray(), true);
			}
			line.write(b);
		}
		return (line.size() > 0) ? new Line(line.toByteArray(), false) : null;
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

	/** The JSON of a sound line, or null. */
	private static String check(byte[] line) {
		if (describe(line) != null) {
			return null;
		}
		return new String(line, 9, line.length - 9, StandardCharsets.UTF_8);
	}

	private static String describe(byte[] line) {
		if (line.length < 10 || line[8] != ' ') {
			return "it is not a checksummed record";
		}
		CRC32 crc = new CRC32();
		crc.update(line, 9, line.length - 9);
		String expected = HexFormat.of().toHexDigits((int) crc.getValue());
		return expected.equals(new String(line, 0, 8, StandardCharsets.US_ASCII)) ? null
				: "its checksum does not match its content";
	}

	private static String checksum(byte[] json) {
		CRC32 crc = new CRC32();
		crc.update(json);
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

}
