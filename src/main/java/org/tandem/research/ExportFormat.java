package org.tandem.research;

/** ZIP of CSV files or one XLSX workbook; the sensitive file (migration background) is asked for on its own. */
public enum ExportFormat {
    ZIP("zip", "application/zip"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
