package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

class PersonalDataMapTests {

    private static final Path REGISTER = Path.of("docs/processing-register.md");

    private final ProcessingRegister register = ProcessingRegister.scan("org.tandem");

    @Test
    void everyStoredFieldThatLooksPersonalIsMarked() {
        assertThat(register.unmarked())
                .as("mark these fields @PersonalData (what, why, special category) or @NotPersonal(why not)")
                .isEmpty();
    }

    @Test
    void aNewFieldThatLooksPersonalWithoutAMarkIsCaught() {
        var crafted = ProcessingRegister.of(List.of(Crafted.class));

        assertThat(crafted.unmarked()).containsExactly(Crafted.class.getName() + ".phoneNumber");
        assertThat(crafted.entries()).extracting(ProcessingRegister.Entry::field).containsExactly("email");
    }

    /** A person's data page names each field by this label, and by the bare field name where there is none. */
    @Test
    void everyMarkedFieldHasALabelInEachLanguage() throws IOException {
        for (String bundle : List.of("i18n/privacy.properties", "i18n/privacy_en.properties",
                "i18n/privacy_fr.properties")) {
            var labels = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(register.entries()).as(bundle)
                    .filteredOn(e -> !labels.containsKey("privacy.field." + e.field()))
                    .extracting(e -> e.type() + "." + e.field()).isEmpty();
        }
    }

    @Test
    void theMapCoversThePeopleAndTheirSensitiveData() {
        assertThat(register.entries()).extracting(e -> e.type() + "." + e.field())
                .contains("Person.email", "Person.firstName", "SensitiveRecord.migrationBackground",
                        "UserAccount.passwordHash", "OutboxMessage.recipient");
        assertThat(register.entries()).filteredOn(ProcessingRegister.Entry::special)
                .extracting(ProcessingRegister.Entry::module).containsOnly("participant");
    }

    @Test
    void theRegisterInTheDocsIsCurrent() throws IOException {
        var generated = register.markdown();
        var committed = Files.exists(REGISTER) ? Files.readString(REGISTER, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            Files.createDirectories(REGISTER.getParent());
            Files.writeString(REGISTER, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/processing-register.md was out of date and is now regenerated: commit it")
                .isEqualTo(generated);
    }

    /** Not an entity itself, so that the scan of the application does not find it. */
    static class Crafted {
        @Id
        Long id;
        @PersonalData(Kind.CONTACT)
        String email;
        String phoneNumber;
        @NotPersonal("the name of the crafted programme")
        String programmeName;
        @Transient
        String displayName;
    }
}
