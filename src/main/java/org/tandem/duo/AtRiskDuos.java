package org.tandem.duo;

import java.util.List;

/** The most urgent duos of a cohort's at-risk list, and how many are on it in all. */
public record AtRiskDuos(List<AtRiskDuo> duos, int total) {
}
