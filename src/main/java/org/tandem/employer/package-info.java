/** Employers that release their employees as mentors: recruitment pipeline per programme, pledges, contacts, nominations. */
package org.tandem.employer;
