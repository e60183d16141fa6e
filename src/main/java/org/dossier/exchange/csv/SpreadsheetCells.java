package org.dossier.exchange.csv;

/**
 * Cells a spreadsheet will not run. Excel, LibreOffice and Google Sheets read a cell that begins with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula (and one that begins with a tab or a carriage return after trimming
 * it), so a name such as {@code =HYPERLINK("http://…")} in an article could run when an analyst opens the export.
 * Such a cell is written with an apostrophe in front, as OWASP advises: the spreadsheet shows the text, the
 * apostrophe marks it as text, and a person reading the file sees why. Everything else is written as it is.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
