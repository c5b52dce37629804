package io.cceemulator.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DockerLvmConfigTests {

	@Test
	void parsesTheDocumentedDefault() {
		DockerLvmConfig config = DockerLvmConfig
			.parse("dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear");
		assertThat(config.diskType()).isEqualTo("evs");
		assertThat(config.entries()).containsEntry("lvType", "linear").hasSize(4);
	}

	@Test
	void acceptsTheOptionalUserSpace() {
		assertThat(DockerLvmConfig.parse("userLV=vgpaas/20%VG;userPath=/home/wqt-test;dockerThinpool=vgpaas/60%VG;"
				+ "kubernetesLV=vgpaas/20%VG;diskType=ssd;lvType=striped;").entries()).hasSize(6);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=nvme;lvType=linear|diskType 'nvme' must be evs, hdd or ssd",
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=mirror|lvType 'mirror' must be linear or striped",
			"dockerThinpool=90%;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear|dockerThinpool '90%' must be a size such as vgpaas/20%VG",
			"dockerThinpool=vgpaas/101%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear|must be a size",
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/20%VG;diskType=evs;lvType=linear|add up to 110%VG",
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs|missing lvType",
			"diskType=evs|missing dockerThinpool, kubernetesLV, lvType",
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear;colour=red|unknown key 'colour'",
			"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;diskType=ssd;lvType=linear|key 'diskType' appears twice",
			"dockerThinpool=vgpaas/60%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear;userPath=/data|userPath needs userLV",
			"userLV=vgpaas/10%VG;userPath=relative;dockerThinpool=vgpaas/60%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear|userPath 'relative' must be an absolute path",
			"dockerThinpool|'dockerThinpool' is not key=value" })
	void refusesWhatTheGrammarDoesNotAllow(String text, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> DockerLvmConfig.parse(text)).withMessageContaining(message);
	}

	@Test
	void readsTheDiskTypeOfAStoredString() {
		assertThat(DockerLvmConfig.diskTypeOf("lvType=linear; diskType=hdd")).contains("hdd");
		assertThat(DockerLvmConfig.diskTypeOf(null)).isEmpty();
	}

}
