/** Matching: scoring per programme, exact solving, runs that coordinators review, steer and publish. */
package org.tandem.matching;
