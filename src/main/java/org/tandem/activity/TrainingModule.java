package org.tandem.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.shared.NotPersonal;

/** One module of a training path; it changes only through its path. */
@Entity
@Table(name = "training_module")
class TrainingModule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_seq")
    @SequenceGenerator(name = "training_module_seq", sequenceName = "training_module_seq", allocationSize = 50)
    private Long id;

    private int position;
    @NotPersonal("the name of a module of a training path")
    private String name;
    private boolean required;

    @Enumerated(EnumType.STRING)
    private ModuleKind kind;

    protected TrainingModule() {
    }

    TrainingModule(int position, String name, boolean required, ModuleKind kind) {
        describe(position, name, required, kind);
    }

    void describe(int position, String name, boolean required, ModuleKind kind) {
        this.position = position;
        this.name = name;
        this.required = required;
        this.kind = kind;
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

    boolean required() {
        return required;
    }

    ModuleKind kind() {
        return kind;
    }
}
