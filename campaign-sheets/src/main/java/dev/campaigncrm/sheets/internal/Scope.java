package dev.campaigncrm.sheets.internal;

/** The OAuth scopes the module asks for: read-only to read leads, read-write to write results. */
public enum Scope {
    /** Read every spreadsheet the account may view. */
    READ("https://www.googleapis.com/auth/spreadsheets.readonly"),
    /** Read and write every spreadsheet the account may edit. */
    WRITE("https://www.googleapis.com/auth/spreadsheets");

    private final String uri;

    Scope(String uri) {
        this.uri = uri;
    }

    /** The scope as the token endpoint takes it. */
    public String uri() {
        return uri;
    }
}
