package org.tandem.employer.web;

import jakarta.validation.constraints.NotNull;

record RecruitForm(@NotNull Long programmeId) {
}
