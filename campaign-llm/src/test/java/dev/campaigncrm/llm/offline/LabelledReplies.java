package dev.campaigncrm.llm.offline;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The team's labelled evaluation set, {@code eval/replies.csv}: {@code text,label[,note]}, {@code \n} for a line break. */
record LabelledReplies(List<Row> rows) {

    /**
     * One labelled reply.
     *
     * @param text  the reply body
     * @param label the class a person gave it
     * @param note  what the row tests, may be empty
     */
    record Row(String text, ReplyCategory label, String note) {

        /** The row as a reply to our email, with no headers: only its text can tell. */
        Reply reply(int index) {
            return new Reply("eval-" + index, "lead" + index + "@client.example", "Re: A quick question", text,
                    Map.of(), Instant.EPOCH, "file");
        }
    }

    /** Reads the set from the test class path. */
    static LabelledReplies load() {
        try (InputStream in = LabelledReplies.class.getResourceAsStream("/eval/replies.csv")) {
            if (in == null) {
                throw new IllegalStateException("eval/replies.csv missing from the test class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                rows.add(new Row(f.get(0).replace("\\n", "\n"), ReplyCategory.valueOf(f.get(1).strip()),
                        f.size() > 2 ? f.get(2) : ""));
            }
            return new LabelledReplies(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields of one line (quoted fields with doubled quotes; no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
