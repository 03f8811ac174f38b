package dev.campaigncrm.sheets;

import dev.campaigncrm.sheets.internal.ApiError;

/** Turns an API error into a sentence a person can act on: what failed, the API's words, and what to do. */
final class Explain {

    private Explain() {
    }

    /** {@code what} failed, e.g. "Could not read sheet ID/TAB"; the hint depends on the status and the credential. */
    static String message(String what, ApiError e, SheetRef sheet, SheetsAuth auth, boolean writing) {
        return what + ": " + e.getMessage() + hint(e, sheet, auth, writing);
    }

    private static String hint(ApiError e, SheetRef sheet, SheetsAuth auth, boolean writing) {
        String detail = e.detail() == null ? "" : e.detail();
        switch (e.httpStatus()) {
            case 0:
                return " (check the network, or " + SheetsConnection.SHEETS_BASE_URL + " if it is set)";
            case 400:
                return detail.contains("Unable to parse range")
                        ? " (no tab named '" + sheet.tab() + "' in spreadsheet " + sheet.spreadsheetId()
                        + ": tab names are matched exactly, spaces and case included)"
                        : "";
            case 401:
                return auth instanceof SheetsAuth.ApiKey && writing
                        ? " (an API key cannot write: set " + SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS
                        + " to a service-account key file)"
                        : " (the credential was refused: " + auth.describe() + ")";
            case 403:
                if (auth instanceof SheetsAuth.ServiceAccount sa) {
                    return " (share the spreadsheet with " + sa.clientEmail() + (writing ? " as an Editor" : "")
                            + ", and enable the Google Sheets API in the account's project)";
                }
                return " (share the spreadsheet as 'anyone with the link can view', and enable the Google Sheets API "
                        + "in the API key's project)";
            case 404:
                return " (no spreadsheet with id " + sheet.spreadsheetId() + ": the id is the part of the address "
                        + "between /d/ and /edit)";
            case 429:
                return " (the API's quota was used up; try again in a minute)";
            default:
                return "";
        }
    }
}
