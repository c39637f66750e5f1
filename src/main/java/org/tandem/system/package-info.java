/**
 * Page chrome, sign-in and access rules, languages and error handling: what every page and endpoint shares.
 */
package org.tandem.system;
