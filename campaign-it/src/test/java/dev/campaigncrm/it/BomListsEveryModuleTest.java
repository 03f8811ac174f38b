package dev.campaigncrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** campaign-bom names every published module (and its test-jar where one is built), at the build's version. */
class BomListsEveryModuleTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> NOT_IN_THE_BOM = List.of("campaign-bom", "campaign-it");

    @Test
    void theBomManagesEveryModuleAtTheRootVersion() throws Exception {
        Document root = parse(ROOT.resolve("pom.xml"));
        Document bom = parse(ROOT.resolve("campaign-bom/pom.xml"));
        String version = text(root.getDocumentElement(), "version");
        assertThat(text(bom.getDocumentElement(), "version")).as("campaign-bom's version").isEqualTo(version);

        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String type = text(d, "type");
            managed.add(text(d, "artifactId") + (type.isEmpty() ? "" : ":" + type));
            assertThat(text(d, "version")).isEqualTo("${project.version}");
        }

        List<String> expected = new ArrayList<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            if (NOT_IN_THE_BOM.contains(module)) {
                continue;
            }
            expected.add(module);
            if (Files.readString(ROOT.resolve(module).resolve("pom.xml")).contains("<goal>test-jar</goal>")) {
                expected.add(module + ":test-jar");
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of {@code parent}'s direct child {@code name}, or "" when it has none. */
    private static String text(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }
}
