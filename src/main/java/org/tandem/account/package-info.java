/**
 * Users, their roles and the programmes a coordinator is assigned to; sign-in details.
 */
package org.tandem.account;
