package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a bundled text resource of examples: one example per line, {@code \n} for a line break inside an example,
 * blank lines and lines starting with {@code #} ignored.
 */
public final class ExampleTexts {

    private static final String PATH = "/dev/campaigncrm/llm/offline/";
    private static final Map<String, Intent> INTENTS = labels();

    private ExampleTexts() {
    }

    /** The examples in the class-path resource {@code name}, relative to this package's resource folder. */
    public static List<String> load(String name) {
        return parse(lines(name));
    }

    /**
     * The labelled examples in the class-path resource {@code name}: one per line, {@code label<TAB>text}, the label
     * one of {@code interested}, {@code not_interested}, {@code needs_follow_up}, {@code unclear}; {@code \n} for a
     * line break, blank lines and lines starting with {@code #} ignored. A line without a known label fails with the
     * resource's name and line number.
     */
    public static List<LearnedIntentModel.Example> loadLabelled(String name) {
        return parseLabelled(PATH + name, lines(name));
    }

    /** The labelled examples in these lines of {@code source}. */
    static List<LearnedIntentModel.Example> parseLabelled(String source, List<String> lines) {
        List<LearnedIntentModel.Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            Intent intent = tab < 0 ? null : INTENTS.get(line.substring(0, tab).strip());
            String text = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (intent == null || text.isEmpty()) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": expected label<TAB>text with label "
                        + "one of " + INTENTS.keySet());
            }
            out.add(new LearnedIntentModel.Example(intent, text.replace("\\n", "\n")));
        }
        return List.copyOf(out);
    }

    /** The examples in these lines. */
    static List<String> parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.replace("\\n", "\n"));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> lines(String name) {
        String path = PATH + name;
        try (InputStream in = ExampleTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }

    private static Map<String, Intent> labels() {
        Map<String, Intent> out = new TreeMap<>();
        for (Intent intent : Intent.values()) {
            out.put(ReplyCategory.of(intent).label(), intent);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
