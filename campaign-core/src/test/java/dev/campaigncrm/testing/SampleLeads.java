package dev.campaigncrm.testing;

import dev.campaigncrm.lead.Lead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample leads, {@code dataset/leads.csv} (60 rows, RFC 4180, no line breaks inside fields). */
public final class SampleLeads {

    private SampleLeads() {
    }

    /** The sample leads, read from the repository's {@code dataset} folder. */
    public static List<Lead> all() {
        Path file = locate();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = fields(lines.get(0));
            List<Lead> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                out.add(Lead.builder().id(f.get(header.indexOf("id"))).name(f.get(header.indexOf("name")))
                        .email(f.get(header.indexOf("email"))).company(f.get(header.indexOf("company")))
                        .industry(f.get(header.indexOf("industry"))).jobTitle(f.get(header.indexOf("job_title")))
                        .companySize(f.get(header.indexOf("company_size"))).location(f.get(header.indexOf("location")))
                        .lastContact(f.get(header.indexOf("last_contact"))).notes(f.get(header.indexOf("notes")))
                        .build());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample file, {@code dataset/leads.csv}, found from the working directory upwards. */
    public static Path file() {
        return locate();
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("dataset/leads.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("dataset/leads.csv not found above " + Path.of("").toAbsolutePath());
    }

    /** The fields of one line: quoted fields with doubled quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
