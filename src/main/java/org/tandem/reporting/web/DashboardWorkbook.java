package org.tandem.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The dashboard's tables as a workbook, one sheet per table, numbers as numbers. */
final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    static byte[] of(List<DashboardTables.Table> tables) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (var table : tables) {
                var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (var values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, (c == 0 ? 36 : 16) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
