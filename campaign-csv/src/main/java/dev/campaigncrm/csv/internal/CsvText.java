package dev.campaigncrm.csv.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Joins fields into one CSV line, quoting where needed, for the {@code raw} column of rejected rows. */
public final class CsvText {

    private CsvText() {
    }

    /** The fields joined with commas, each quoted when it holds a comma, a quote or a line break. */
    public static String join(List<String> fields) {
        return fields.stream().map(CsvText::cell).collect(Collectors.joining(","));
    }

    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
