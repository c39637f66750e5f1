package org.tandem.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record StageForm(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description) {

    static StageForm empty() {
        return new StageForm("", "");
    }
}
