package dev.campaigncrm.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prospect, as the source gave it. Text fields are never null (empty when missing); the parsed forms of
 * {@code company_size} and {@code last_contact} are null when missing or unparseable, with a warning saying which.
 *
 * @param id              the source's id, or a generated one
 * @param name            full name
 * @param email           address, trimmed
 * @param company         company name
 * @param industry        industry
 * @param jobTitle        job title
 * @param companySize     company size as given, e.g. {@code 50-100} or {@code 10,000}
 * @param employees       the size as a number of employees (midpoint of a range), or null
 * @param location        location
 * @param lastContact     last contact date as given
 * @param lastContactDate the parsed date, or null
 * @param notes           free-text notes (untrusted: never pasted into an email)
 * @param extra           columns beyond the seed schema, in source order
 * @param source          file and line
 * @param warnings        problems that did not reject the row, e.g. an unparseable date
 */
public record Lead(String id, String name, String email, String company, String industry, String jobTitle,
                   String companySize, Integer employees, String location, String lastContact,
                   LocalDate lastContactDate, String notes, Map<String, String> extra, SourceRef source,
                   List<String> warnings) implements LeadRow {

    /** Normalises nulls to empty text and makes the collections immutable. */
    public Lead {
        id = text(id);
        name = text(name);
        email = text(email);
        company = text(company);
        industry = text(industry);
        jobTitle = text(jobTitle);
        companySize = text(companySize);
        location = text(location);
        lastContact = text(lastContact);
        notes = text(notes);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        source = source == null ? SourceRef.inCode() : source;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A builder that parses size and date from their text when no parsed value is given. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of a seed column as text. */
    public String get(LeadField field) {
        return switch (field) {
            case ID -> id;
            case NAME -> name;
            case EMAIL -> email;
            case COMPANY -> company;
            case INDUSTRY -> industry;
            case JOB_TITLE -> jobTitle;
            case COMPANY_SIZE -> companySize;
            case LOCATION -> location;
            case LAST_CONTACT -> lastContact;
            case NOTES -> notes;
        };
    }

    /** True when the column is empty. */
    public boolean isMissing(LeadField field) {
        return get(field).isBlank();
    }

    /**
     * A copy with a missing field filled in; a field that already has a value is never overwritten.
     * Filling {@code company_size} also sets {@link #employees()}.
     */
    public Lead fill(LeadField field, String value) {
        if (!isMissing(field) || value == null || value.isBlank()) {
            return this;
        }
        Builder b = toBuilder();
        switch (field) {
            case ID -> b.id(value);
            case NAME -> b.name(value);
            case EMAIL -> b.email(value);
            case COMPANY -> b.company(value);
            case INDUSTRY -> b.industry(value);
            case JOB_TITLE -> b.jobTitle(value);
            case COMPANY_SIZE -> b.companySize(value).employees(CompanySizes.parse(value));
            case LOCATION -> b.location(value);
            case LAST_CONTACT -> b.lastContact(value);
            case NOTES -> b.notes(value);
        }
        return b.build();
    }

    /** A builder holding this lead's values. */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).name(name).email(email).company(company).industry(industry)
                .jobTitle(jobTitle).companySize(companySize).employees(employees).location(location)
                .lastContact(lastContact).lastContactDate(lastContactDate).notes(notes).source(source);
        b.extra.putAll(extra);
        b.warnings.addAll(warnings);
        return b;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Fluent builder for {@link Lead}. */
    public static final class Builder {
        private String id, name, email, company, industry, jobTitle, companySize, location, lastContact, notes;
        private Integer employees;
        private LocalDate lastContactDate;
        private SourceRef source = SourceRef.inCode();
        private final Map<String, String> extra = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String v) { id = v; return this; }
        /** Sets the full name. */
        public Builder name(String v) { name = v; return this; }
        /** Sets the email address. */
        public Builder email(String v) { email = v; return this; }
        /** Sets the company. */
        public Builder company(String v) { company = v; return this; }
        /** Sets the industry. */
        public Builder industry(String v) { industry = v; return this; }
        /** Sets the job title. */
        public Builder jobTitle(String v) { jobTitle = v; return this; }
        /** Sets the company size as text; parsed at {@link #build()} unless {@link #employees(Integer)} is set. */
        public Builder companySize(String v) { companySize = v; return this; }
        /** Sets the number of employees. */
        public Builder employees(Integer v) { employees = v; return this; }
        /** Sets the location. */
        public Builder location(String v) { location = v; return this; }
        /** Sets the last contact date as text; parsed at {@link #build()} unless a date is set. */
        public Builder lastContact(String v) { lastContact = v; return this; }
        /** Sets the last contact date. */
        public Builder lastContactDate(LocalDate v) { lastContactDate = v; return this; }
        /** Sets the notes. */
        public Builder notes(String v) { notes = v; return this; }
        /** Adds a column beyond the seed schema. */
        public Builder extra(String column, String value) { extra.put(column, value); return this; }
        /** Sets where the lead came from. */
        public Builder source(SourceRef v) { source = Objects.requireNonNull(v); return this; }
        /** Adds a warning. */
        public Builder warning(String v) { warnings.add(v); return this; }

        /** Builds the lead, parsing size and date from text where needed and warning when they cannot be. */
        public Lead build() {
            if (employees == null && companySize != null && !companySize.isBlank()) {
                employees = CompanySizes.parse(companySize);
                if (employees == null) {
                    warnings.add("company_size '" + companySize.strip() + "' is not a size; treated as unknown");
                }
            }
            if (lastContactDate == null && lastContact != null && !lastContact.isBlank()) {
                lastContactDate = ContactDates.parse(lastContact);
                if (lastContactDate == null) {
                    warnings.add("last_contact '" + lastContact.strip() + "' is not a date; treated as never contacted");
                }
            }
            if (lastContact == null && lastContactDate != null) {
                lastContact = lastContactDate.toString();
            }
            return new Lead(id, name, email, company, industry, jobTitle, companySize, employees, location,
                    lastContact, lastContactDate, notes, extra, source, warnings);
        }
    }
}
