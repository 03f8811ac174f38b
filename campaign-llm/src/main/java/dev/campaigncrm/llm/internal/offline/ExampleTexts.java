package dev.campaigncrm.llm.internal.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled text resource of examples: one example per line, {@code \n} for a line break inside an example,
 * blank lines and lines starting with {@code #} ignored.
 */
public final class ExampleTexts {

    private ExampleTexts() {
    }

    /** The examples in the class-path resource {@code name}, relative to this package's resource folder. */
    public static List<String> load(String name) {
        String path = "/dev/campaigncrm/llm/offline/" + name;
        try (InputStream in = ExampleTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
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
}
