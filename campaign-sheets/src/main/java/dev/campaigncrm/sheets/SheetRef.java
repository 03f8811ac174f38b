package dev.campaigncrm.sheets;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A tab of a Google spreadsheet, as written on a command line: {@code sheets://SPREADSHEET_ID/TAB}. The id is the
 * long part of the sheet's address ({@code docs.google.com/spreadsheets/d/ID/edit}); the tab is its name as shown at
 * the bottom of the sheet, percent-encoded where it has spaces or slashes ({@code sheets://ID/My%20leads}).
 *
 * @param spreadsheetId the spreadsheet's id
 * @param tab           the tab's name
 */
public record SheetRef(String spreadsheetId, String tab) {

    /** The scheme of a sheet address. */
    public static final String SCHEME = "sheets://";

    /** Checks both parts are present. */
    public SheetRef {
        Objects.requireNonNull(spreadsheetId, "spreadsheetId");
        Objects.requireNonNull(tab, "tab");
        if (spreadsheetId.isBlank() || !spreadsheetId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("A spreadsheet id is letters, digits, '-' and '_', got '"
                    + spreadsheetId + "'");
        }
        if (tab.isBlank()) {
            throw new IllegalArgumentException("The tab name is empty");
        }
    }

    /** True when the text is a sheet address ({@code sheets://...}), so that a caller can tell it from a file path. */
    public static boolean isSheetUri(String text) {
        return text != null && text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Parses {@code sheets://SPREADSHEET_ID/TAB}.
     *
     * @throws IllegalArgumentException when the text is not of that form; the message shows the form
     */
    public static SheetRef parse(String uri) {
        if (!isSheetUri(uri)) {
            throw new IllegalArgumentException("Not a sheet address: '" + uri + "' (expected " + SCHEME
                    + "SPREADSHEET_ID/TAB)");
        }
        String rest = uri.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("A sheet address names the spreadsheet and the tab: " + SCHEME
                    + "SPREADSHEET_ID/TAB, got '" + uri + "'");
        }
        String tab;
        try {
            tab = URLDecoder.decode(rest.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The tab in '" + uri + "' has a broken %-escape");
        }
        return new SheetRef(rest.substring(0, slash), tab);
    }

    /** The tab of the same spreadsheet with another name. */
    public SheetRef withTab(String otherTab) {
        return new SheetRef(spreadsheetId, otherTab);
    }

    /** The address, tab percent-encoded where needed: {@code sheets://ID/My%20leads}. */
    public String toUri() {
        StringBuilder out = new StringBuilder(SCHEME).append(spreadsheetId).append('/');
        for (byte b : tab.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** {@code SPREADSHEET_ID/TAB}, as used in messages. */
    @Override
    public String toString() {
        return spreadsheetId + "/" + tab;
    }
}
