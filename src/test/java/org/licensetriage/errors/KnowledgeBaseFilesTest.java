package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** The knowledge-base files shipped in the service load and pass validation. */
class KnowledgeBaseFilesTest {

    static KnowledgeBase shipped() {
        return org.licensetriage.KnowledgeFixtures.knowledgeBase();
    }

    /** A catalogue item nobody refers to is a text nobody reads: write it where it is used. */
    @Test
    void everyCatalogueStepAndItemIsUsed() throws IOException {
        StringBuilder all = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(org.licensetriage.KnowledgeFixtures.SHIPPED)) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).toList();
        }
        for (Path file : files) {
            all.append(Files.readString(file)).append('\n');
        }
        ObjectMapper yaml = YAMLMapper.builder().build();
        List<String> unused = new ArrayList<>();
        for (Path file : files) {
            JsonNode root = yaml.readTree(file.toFile());
            for (String section : List.of("steps", "prepare")) {
                for (JsonNode item : root.path(section)) {
                    String id = item.path("id").asString();
                    String kind = section.equals("steps") ? "step" : "item";
                    if (!Pattern.compile(kind + ": " + id + "\\b").matcher(all).find()) {
                        unused.add(file.getFileName() + ": " + id);
                    }
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void shippedFilesLoadWithoutProblems() {
        try {
            KnowledgeBase kb = new KnowledgeBaseLoader().load(
                    KnowledgeFiles.fromDirectory(org.licensetriage.KnowledgeFixtures.SHIPPED, "knowledge/"), List.of());
            assertThat(kb.size()).isEqualTo(477);
        } catch (KnowledgeBaseException e) {
            fail(e.getMessage());
        }
    }
}
