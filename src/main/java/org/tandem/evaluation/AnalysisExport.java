package org.tandem.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.evaluation.AnalysisViews.Comparison;
import org.tandem.evaluation.AnalysisViews.ScaleChange;
import org.tandem.evaluation.AnalysisViews.ScaleFigures;
import org.tandem.evaluation.AnalysisViews.WaveAnalysis;

/** The analysis tables as a workbook: the same rows and figures as the page, groups under five left empty. */
@Component
public class AnalysisExport {

    private final MessageSource messages;

    AnalysisExport(MessageSource messages) {
        this.messages = messages;
    }

    private record Column<T>(String header, Function<T, Object> value) {
    }

    private record Line<T>(String group, T row) {
    }

    public byte[] comparison(Comparison comparison, Locale locale) {
        List<Column<ScaleChange>> columns = List.of(
                new Column<>("scale", c -> c.name().in(locale)),
                new Column<>("pairs", c -> c.figures().n()),
                new Column<>("missing", c -> c.figures().missing()),
                new Column<>("meanBefore", c -> c.figures().meanBefore()),
                new Column<>("meanAfter", c -> c.figures().meanAfter()),
                new Column<>("meanChange", c -> c.figures().meanChange()),
                new Column<>("sdChange", c -> c.figures().sdChange()),
                new Column<>("ciLow", c -> c.figures().ciLow()),
                new Column<>("ciHigh", c -> c.figures().ciHigh()),
                new Column<>("t", c -> c.figures().t()),
                new Column<>("df", c -> c.figures().df()),
                new Column<>("pT", c -> c.figures().pT()),
                new Column<>("pTHolm", ScaleChange::pTHolm),
                new Column<>("dz", c -> c.figures().dz()),
                new Column<>("wPlus", c -> c.figures().wPlus()),
                new Column<>("wMinus", c -> c.figures().wMinus()),
                new Column<>("nonZero", c -> c.figures().nonZero()),
                new Column<>("pWilcoxon", c -> c.figures().pWilcoxon()),
                new Column<>("wilcoxonMethod", c -> c.figures().wilcoxonMethod() == null ? null
                        : c.figures().wilcoxonMethod().name().toLowerCase(Locale.ROOT)),
                new Column<>("pWilcoxonHolm", ScaleChange::pWilcoxonHolm),
                new Column<>("rankBiserial", c -> c.figures().rankBiserial()));
        List<Line<ScaleChange>> lines = new ArrayList<>();
        String all = text("evaluation.analysis.group.all", locale);
        comparison.scales().forEach(change -> lines.add(new Line<>(all, change)));
        List<String> suppressed = new ArrayList<>();
        for (var group : comparison.groups()) {
            String name = text("evaluation.analysis.dimension." + group.dimension(), locale) + ": " + group.name();
            if (group.suppressed()) {
                suppressed.add(name);
            }
            group.scales().forEach(change -> lines.add(new Line<>(name, change)));
        }
        return workbook(text("evaluation.analysis.sheet.comparison", locale), columns, lines, suppressed, locale);
    }

    public byte[] wave(WaveAnalysis analysis, Locale locale) {
        List<Column<ScaleFigures>> columns = List.of(
                new Column<>("scale", f -> f.name().in(locale)),
                new Column<>("n", ScaleFigures::n),
                new Column<>("mean", ScaleFigures::mean),
                new Column<>("sd", ScaleFigures::sd),
                new Column<>("alpha", ScaleFigures::alpha),
                new Column<>("alphaN", ScaleFigures::alphaN));
        List<Line<ScaleFigures>> lines = new ArrayList<>();
        String all = text("evaluation.analysis.group.all", locale);
        analysis.scales().forEach(figures -> lines.add(new Line<>(all, figures)));
        List<String> suppressed = new ArrayList<>();
        for (var group : analysis.groups()) {
            String name = text("evaluation.analysis.dimension." + group.dimension(), locale) + ": " + group.name();
            if (group.suppressed()) {
                suppressed.add(name);
            }
            group.scales().forEach(figures -> lines.add(new Line<>(name, figures)));
        }
        return workbook(text("evaluation.analysis.sheet.wave", locale), columns, lines, suppressed, locale);
    }

    private <T> byte[] workbook(String sheetName, List<Column<T>> columns, List<Line<T>> lines,
            List<String> suppressed, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            cell(header, 0, text("evaluation.analysis.column.group", locale)).setCellStyle(bold);
            for (int c = 0; c < columns.size(); c++) {
                cell(header, c + 1, text("evaluation.analysis.column." + columns.get(c).header(), locale))
                        .setCellStyle(bold);
            }
            int r = 1;
            for (Line<T> line : lines) {
                Row row = sheet.createRow(r++);
                cell(row, 0, line.group());
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(line.row());
                    if (value instanceof Number number) {
                        row.createCell(c + 1).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell(row, c + 1, value.toString());
                    }
                }
            }
            for (String group : suppressed) {
                Row row = sheet.createRow(r++);
                cell(row, 0, group);
                cell(row, 1, text("evaluation.analysis.tooFew", locale));
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
