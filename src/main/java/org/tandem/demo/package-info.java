/**
 * The demo programmes and accounts of the embedded default, all synthetic, loaded idempotently at start-up.
 */
package org.tandem.demo;
