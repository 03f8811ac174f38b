package dev.campaigncrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's library snippets are the ones the installation test builds and runs: every fenced block in README.md
 * preceded by {@code <!-- in step with PATH -->} must appear, line for line (indentation aside), in that file of
 * this module.
 */
class ReadmeSnippetsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path README = MODULE.resolveSibling("README.md");
    private static final Pattern CHECKED = Pattern.compile(
            "<!-- in step with (\\S+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyCheckedReadmeSnippetIsWhatTheInstallationTestUses() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = CHECKED.matcher(readme);
        List<String> checkedFiles = new ArrayList<>();
        while (m.find()) {
            Path file = MODULE.resolveSibling(m.group(1));
            checkedFiles.add(m.group(1));
            List<String> snippet = normalised(m.group(2));
            String version = System.getProperty("project.version", "0.1.0-SNAPSHOT");
            List<String> source = normalised(Files.readString(file, StandardCharsets.UTF_8)
                    .replace("@project.version@", version));

            assertThat(Collections.indexOfSubList(source, snippet))
                    .as("README.md's snippet before %s is, line for line, in that file:%n%s", m.group(1),
                            String.join("\n", snippet))
                    .isNotNegative();
        }
        assertThat(checkedFiles).as("the README's BOM import, dependencies and code are each checked")
                .contains("campaign-it/src/it/readme-quickstart/pom.xml",
                        "campaign-it/src/it/readme-quickstart/src/test/java/example/ReadmeQuickStartTest.java")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    /** The lines without their indentation, blank lines dropped. */
    private static List<String> normalised(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
