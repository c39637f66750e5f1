package org.tandem.programme.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;

record StageOrder(@NotNull List<Long> stageIds) {
}
