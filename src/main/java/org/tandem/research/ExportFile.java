package org.tandem.research;

/** A made export: its file name, media type and bytes. */
public record ExportFile(String fileName, String mediaType, byte[] bytes, int people, int rows) {
}
