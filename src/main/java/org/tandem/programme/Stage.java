package org.tandem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.shared.Text;
import org.tandem.shared.NotPersonal;

@Entity
@Table(name = "programme_stage")
class Stage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_stage_seq")
    @SequenceGenerator(name = "programme_stage_seq", sequenceName = "programme_stage_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private int position;
    @NotPersonal("a stage of a programme's plan")
    private String name;
    @NotPersonal("a stage of a programme's plan")
    private String description;

    protected Stage() {
    }

    Stage(int position, String name, String description) {
        this.position = position;
        rename(name, description);
    }

    void rename(String name, String description) {
        this.name = name.trim();
        this.description = Text.orNull(description);
    }

    void moveTo(int position) {
        this.position = position;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
