package dev.campaigncrm.lead;

/** The seed schema's columns, in the seed's order, with their CSV names. */
public enum LeadField {
    ID("id"), NAME("name"), EMAIL("email"), COMPANY("company"), INDUSTRY("industry"), JOB_TITLE("job_title"),
    COMPANY_SIZE("company_size"), LOCATION("location"), LAST_CONTACT("last_contact"), NOTES("notes");

    private final String column;

    LeadField(String column) {
        this.column = column;
    }

    /** The column name in the seed schema. */
    public String column() {
        return column;
    }
}
