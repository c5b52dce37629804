package io.cceemulator.junit;

import java.nio.file.Path;
import java.util.List;

/**
 * The class archive a launch records or maps. A dynamic CDS archive works from Java 17 on and is the default. Java
 * 25's AOT cache ({@code aot}) would keep linked classes too, but its one-step training assembles the cache at exit
 * in a second JVM, which on a loaded machine outlasted the minute a closing test run waits for it (measured on
 * 25.0.3), so the archive was never kept.
 */
enum ArchiveKind {

	CDS(".jsa") {
		@Override
		List<String> record(Path archive) {
			return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off");
		}

		@Override
		List<String> use(Path archive) {
			return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off");
		}
	},

	AOT(".aot") {
		@Override
		List<String> record(Path archive) {
			return List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:cds=off", "-Xlog:aot=off");
		}

		@Override
		List<String> use(Path archive) {
			return List.of("-XX:AOTCache=" + archive, "-Xlog:cds=off", "-Xlog:aot=off");
		}
	},

	NONE("") {
		@Override
		List<String> record(Path archive) {
			return List.of();
		}

		@Override
		List<String> use(Path archive) {
			return List.of();
		}
	};

	final String suffix;

	ArchiveKind(String suffix) {
		this.suffix = suffix;
	}

	/** The options of a run that writes its archive to {@code archive} when it exits. */
	abstract List<String> record(Path archive);

	/** The options of a run that maps {@code archive}. */
	abstract List<String> use(Path archive);

	/** {@code cds}, {@code aot} or {@code none}; {@code auto} is {@code cds}. */
	static ArchiveKind of(String setting) {
		return setting.equalsIgnoreCase("auto") ? CDS : valueOf(setting.toUpperCase());
	}

}
