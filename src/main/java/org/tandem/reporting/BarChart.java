package org.tandem.reporting;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as SVG, drawn by Tandem for the PDF (openhtmltopdf runs no JavaScript). A bar without a
 * value (a group under 5, a figure not measured) gets its text but no bar, so its size cannot be read off the chart.
 */
final class BarChart {

    static final int WIDTH = 640;
    static final int LABEL = 230;
    static final int ROW = 22;

    /** One bar: its label, its length (null: none drawn) and the text written after it. */
    record Bar(String label, Double value, String text) {
    }

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars, double max) {
        int height = ROW * bars.size() + 8;
        double scale = max <= 0 ? 0 : (WIDTH - LABEL - 70) / max;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-family=\"DejaVu Sans\" font-size=\"11\" fill=\"#212529\">")
                    .append(escape(bar.label())).append("</text>");
            double length = bar.value() == null ? 0 : Math.max(0, bar.value() * scale);
            if (bar.value() != null) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(number(Math.max(length, 1))).append("\" height=\"").append(ROW - 6)
                        .append("\" fill=\"#2f6f8f\"/>");
            }
            svg.append("<text x=\"").append(number(LABEL + length + 6)).append("\" y=\"").append(y + 15)
                    .append("\" font-family=\"DejaVu Sans\" font-size=\"11\" fill=\"#212529\">")
                    .append(escape(bar.text())).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
