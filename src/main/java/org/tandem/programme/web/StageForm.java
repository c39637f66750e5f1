package org.tandem.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stage of the plan; a change carries the stage's version as read (optional in the API). */
record StageForm(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description, Long version) {

    static StageForm empty() {
        return new StageForm("", "", null);
    }
}
