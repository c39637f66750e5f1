/** Duos: a mentor and a mentee together, from the proposal a published matching makes. */
package org.tandem.duo;
