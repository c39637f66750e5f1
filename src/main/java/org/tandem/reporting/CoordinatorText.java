package org.tandem.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's own section of a funder report, in a small safe subset of Markdown: a line starting with "# " is
 * a heading, "## " a subheading, blank lines separate paragraphs; everything else is plain text (the template
 * escapes it, so no markup of the coordinator's reaches the PDF).
 */
record CoordinatorText(List<Block> blocks) {

    enum Kind { HEADING, SUBHEADING, PARAGRAPH }

    record Block(Kind kind, String text) {
    }

    static CoordinatorText parse(String source) {
        var blocks = new ArrayList<Block>();
        var paragraph = new StringBuilder();
        for (String raw : (source == null ? "" : source).replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            Kind heading = line.startsWith("## ") ? Kind.SUBHEADING : line.startsWith("# ") ? Kind.HEADING : null;
            if (heading != null || line.isEmpty()) {
                flush(paragraph, blocks);
            }
            if (heading != null) {
                String text = line.substring(heading == Kind.SUBHEADING ? 3 : 2).strip();
                if (!text.isEmpty()) {
                    blocks.add(new Block(heading, text));
                }
            } else if (!line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return new CoordinatorText(List.copyOf(blocks));
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
