package io.cceemulator.junit;

import java.nio.file.Path;
import java.util.List;

/**
 * The class archive a launch records or maps. Java 25's AOT cache also keeps linked classes and profiles, but a
 * dynamic CDS archive works from Java 17 on; {@code auto} picks by the running Java.
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

	/** {@code cds}, {@code aot} or {@code none}; {@code auto}: the AOT cache from Java 25 on, else CDS. */
	static ArchiveKind of(String setting) {
		if (setting.equalsIgnoreCase("auto")) {
			return (Runtime.version().feature() >= 25) ? AOT : CDS;
		}
		return valueOf(setting.toUpperCase());
	}

}
