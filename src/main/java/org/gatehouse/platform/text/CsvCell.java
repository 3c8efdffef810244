package org.gatehouse.platform.text;

/** One CSV cell for the exports: always quoted, and never read as a formula by a spreadsheet. */
public final class CsvCell {

    private CsvCell() {
    }

    /** The value in double quotes; a leading {@code = + - @} is prefixed with {@code '} so it stays text. */
    public static String of(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
