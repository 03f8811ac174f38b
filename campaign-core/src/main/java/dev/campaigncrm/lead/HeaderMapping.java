package dev.campaigncrm.lead;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the header row of a table of leads (a CSV file, a spreadsheet tab) to the seed schema, and each later row to a
 * {@link Lead} or a {@link RejectedRow}, so that every table source reads headers and rows the same way. Each seed
 * field goes to the column whose name matches one of its aliases (case and punctuation ignored; the earliest alias
 * wins, then the leftmost column), {@code First Name} + {@code Last Name} to the name when there is no name column,
 * and every other column to {@link Lead#extra()} under its header text. An id left empty becomes {@code line-N}.
 */
public final class HeaderMapping {

    private static final Map<LeadField, List<String>> ALIASES = aliases();
    private static final List<String> FIRST_NAME = List.of("firstname", "givenname", "first");
    private static final List<String> LAST_NAME = List.of("lastname", "surname", "familyname", "last");

    private final String sourceName;
    private final int width;
    private final Map<LeadField, Integer> columns;
    private final int firstName;
    private final int lastName;
    private final List<Extra> extras;

    private record Extra(int index, String name) {
    }

    private HeaderMapping(String sourceName, int width, Map<LeadField, Integer> columns, int firstName, int lastName,
                          List<Extra> extras) {
        this.sourceName = sourceName;
        this.width = width;
        this.columns = columns;
        this.firstName = firstName;
        this.lastName = lastName;
        this.extras = extras;
    }

    /**
     * The mapping of a header row; a leading byte order mark and surrounding spaces are ignored.
     *
     * @param sourceName the source's name, as used in {@link SourceRef}s and messages
     * @param header     the header cells, left to right (null cells read as empty)
     * @throws LeadSourceException when no column holds email addresses
     */
    public static HeaderMapping of(String sourceName, List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i);
            names.add((i == 0 ? stripBom(h) : h).strip());
        }
        List<String> keys = names.stream().map(HeaderMapping::key).toList();
        Set<Integer> used = new HashSet<>();
        Map<LeadField, Integer> columns = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            find(keys, ALIASES.get(field), used).ifPresent(i -> {
                columns.put(field, i);
                used.add(i);
            });
        }
        if (!columns.containsKey(LeadField.EMAIL)) {
            throw new LeadSourceException(sourceName + " has no email column (looked for email, e-mail, email address, "
                    + "mail); the header found was: " + String.join(" | ", names));
        }
        int first = -1;
        int last = -1;
        if (!columns.containsKey(LeadField.NAME)) {
            first = find(keys, FIRST_NAME, used).orElse(-1);
            last = find(keys, LAST_NAME, used).orElse(-1);
            used.add(first);
            used.add(last);
        }
        List<Extra> extras = new ArrayList<>();
        Set<String> extraNames = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(i)) {
                String base = names.get(i).isEmpty() ? "column_" + (i + 1) : names.get(i);
                String name = base;
                for (int n = 2; !extraNames.add(name); n++) {
                    name = base + "_" + n;
                }
                extras.add(new Extra(i, name));
            }
        }
        return new HeaderMapping(sourceName, names.size(), columns, first, last, List.copyOf(extras));
    }

    /** The column index of a seed field, or -1 when the header has none. */
    public int columnOf(LeadField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The names of the columns kept as extras, in source order. */
    public List<String> extraNames() {
        return extras.stream().map(Extra::name).toList();
    }

    /**
     * The lead or rejected row one record stands for, or empty for a record whose fields are all blank.
     *
     * A row with more cells than the header is rejected as a whole.
     *
     * @param fields the row's cells (null cells read as empty)
     * @param line   where the row starts: the file's line, the sheet's row number
     */
    public Optional<LeadRow> toRow(List<String> fields, long line) {
        SourceRef source = new SourceRef(sourceName, line);
        if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
            return Optional.empty();
        }
        if (fields.size() > width) {
            return Optional.of(new RejectedRow(source, "", "row has " + fields.size() + " fields but the header has "
                    + width, RejectedRow.joinRaw(fields)));
        }
        String name = columns.containsKey(LeadField.NAME) ? get(fields, columns.get(LeadField.NAME))
                : (get(fields, firstName).strip() + " " + get(fields, lastName).strip()).strip();
        String id = get(fields, columnOf(LeadField.ID)).strip();
        Lead.Builder b = Lead.builder()
                .id(id.isEmpty() ? "line-" + line : id)
                .name(name)
                .email(get(fields, columnOf(LeadField.EMAIL)))
                .company(get(fields, columnOf(LeadField.COMPANY)))
                .industry(get(fields, columnOf(LeadField.INDUSTRY)))
                .jobTitle(get(fields, columnOf(LeadField.JOB_TITLE)))
                .companySize(get(fields, columnOf(LeadField.COMPANY_SIZE)))
                .location(get(fields, columnOf(LeadField.LOCATION)))
                .lastContact(get(fields, columnOf(LeadField.LAST_CONTACT)))
                .notes(get(fields, columnOf(LeadField.NOTES)))
                .source(source);
        for (Extra e : extras) {
            b.extra(e.name(), get(fields, e.index()).strip());
        }
        return Optional.of(b.build());
    }

    /** A header name reduced to lower-case letters and digits: {@code "E-mail Address"} becomes {@code emailaddress}. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Optional<Integer> find(List<String> keys, List<String> aliases, Set<Integer> used) {
        for (String alias : aliases) {
            for (int i = 0; i < keys.size(); i++) {
                if (!used.contains(i) && keys.get(i).equals(alias)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static String get(List<String> fields, int index) {
        if (index < 0 || index >= fields.size() || fields.get(index) == null) {
            return "";
        }
        return fields.get(index);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static Map<LeadField, List<String>> aliases() {
        Map<LeadField, List<String>> m = new EnumMap<>(LeadField.class);
        m.put(LeadField.ID, List.of("id", "leadid", "contactid"));
        m.put(LeadField.NAME, List.of("name", "fullname", "contactname", "contact"));
        m.put(LeadField.EMAIL, List.of("email", "emailaddress", "mail", "mailaddress"));
        m.put(LeadField.COMPANY, List.of("company", "companyname", "organisation", "organization", "account",
                "accountname"));
        m.put(LeadField.INDUSTRY, List.of("industry", "sector", "vertical"));
        m.put(LeadField.JOB_TITLE, List.of("jobtitle", "title", "role", "position", "designation"));
        m.put(LeadField.COMPANY_SIZE, List.of("companysize", "employees", "employeecount", "size", "headcount",
                "numberofemployees"));
        m.put(LeadField.LOCATION, List.of("location", "city", "country", "region", "address"));
        m.put(LeadField.LAST_CONTACT, List.of("lastcontact", "lastcontacted", "lastcontactdate", "lastactivity",
                "lasttouch"));
        m.put(LeadField.NOTES, List.of("notes", "comments", "note", "remarks", "description", "comment"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
