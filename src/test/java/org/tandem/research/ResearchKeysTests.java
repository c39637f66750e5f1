package org.tandem.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchKeysTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void withoutAConfiguredKeyProductionHasNoneAndTheDemoMakesOneInAFileOnce() throws Exception {
        assertThat(new ResearchKeys("", "", false, dir.resolve("k").toString()).master()).isEmpty();
        assertThat(dir.resolve("k")).doesNotExist();

        Path file = dir.resolve("data/research.key");
        byte[] made = new ResearchKeys("", "", true, file.toString()).master().orElseThrow();
        assertThat(file).exists();
        assertThat(made).hasSize(32);
        assertThat(new ResearchKeys("", "", true, file.toString()).master()).contains(made);
    }

    @Test
    void aKeyComesFromConfigurationOrAKeyFileAndMustBeLongEnough() throws Exception {
        assertThat(new ResearchKeys(KEY, "", false, "").master().orElseThrow()).hasSize(32);
        Path file = Files.writeString(dir.resolve("key"), KEY + "\n");
        assertThat(new ResearchKeys("", file.toString(), false, "").master().orElseThrow()).isEqualTo(new byte[32]);
        assertThatThrownBy(() -> new ResearchKeys("c2hvcnQ=", "", false, ""))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void pseudonymsFollowTheKeyAndTheSaltAndNothingElse() {
        byte[] master = Base64.getDecoder().decode(KEY);
        byte[] salt = HexFormat.of().parseHex("00".repeat(32));
        byte[] otherSalt = HexFormat.of().parseHex("01".repeat(32));
        var project = Pseudonyms.forProject(master, salt);
        assertThat(project.person(42)).isEqualTo(Pseudonyms.forProject(master, salt).person(42))
                .isNotEqualTo(project.person(43)).isNotEqualTo(Pseudonyms.forProject(master, otherSalt).person(42))
                .matches("P-[0-9a-f]{24}");
        byte[] otherMaster = master.clone();
        otherMaster[0] = 1;
        assertThat(Pseudonyms.forProject(otherMaster, salt).person(42)).isNotEqualTo(project.person(42));
        assertThat(project.duo(42)).startsWith("D-").isNotEqualTo("D-" + project.person(42).substring(2));
    }
}
