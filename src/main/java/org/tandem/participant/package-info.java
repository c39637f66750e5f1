/**
 * People and their enrolments in cohorts: profiles, the intake pipeline, consents and sensitive data.
 */
package org.tandem.participant;
