/**
 * Programmes: their sites, cohorts, stage plan, eligibility rules and the targets they are funded on.
 */
package org.tandem.programme;
