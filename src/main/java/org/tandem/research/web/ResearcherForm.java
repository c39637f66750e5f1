package org.tandem.research.web;

import jakarta.validation.constraints.NotNull;

/** A researcher of the programme to put on a project. */
record ResearcherForm(@NotNull Long accountId) {
}
