package org.tandem.programme.web;

import jakarta.validation.constraints.NotNull;
import org.tandem.programme.ProgrammeStatus;

record StatusForm(@NotNull ProgrammeStatus status) {
}
