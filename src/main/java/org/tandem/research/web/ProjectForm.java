package org.tandem.research.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new research project: on which programme, its name and what it studies. */
record ProjectForm(@NotNull Long programmeId, @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description) {

    static ProjectForm empty() {
        return new ProjectForm(null, "", "");
    }
}
