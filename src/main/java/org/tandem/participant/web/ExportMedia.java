package org.tandem.participant.web;

final class ExportMedia {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExportMedia() {
    }
}
