package org.licensetriage.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the knowledge base once at start-up; a broken file stops the start with the file and entry named. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);
    private static final String LOCATION = "knowledge/";

    @Bean
    KnowledgeSources knowledgeSources(KnowledgeProperties properties) {
        return new KnowledgeSources(builtIn(), properties.extraDir() == null ? List.of()
                : KnowledgeFiles.fromDirectory(properties.extraDir(), properties.extraDir() + "/"));
    }

    @Bean
    KnowledgeBase knowledgeBase(KnowledgeSources sources, KnowledgeProperties properties) {
        List<KnowledgeSource> overrides = sources.overrides();
        // As the build validated it when nothing can make it differ; an operator's files are read and checked now.
        KnowledgeBase shipped = overrides.isEmpty() ? KnowledgeBaseFile.shipped(sources.builtIn()) : null;
        KnowledgeBase knowledgeBase = shipped != null ? shipped
                : new KnowledgeBaseLoader().load(sources.builtIn(), overrides);
        log.info("Knowledge base {} {}: {} entries ({} from {})", knowledgeBase.version(),
                shipped != null ? "read as the build validated it" : "loaded and validated", knowledgeBase.size(),
                overrides.size() + " override file" + (overrides.size() == 1 ? "" : "s"),
                properties.extraDir() == null ? "no extra directory" : properties.extraDir());
        return knowledgeBase;
    }

    private static List<KnowledgeSource> builtIn() {
        try {
            List<KnowledgeSource> sources = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:" + LOCATION + "**/*.yml")) {
                String url = resource.getURL().toString();
                try (InputStream in = resource.getInputStream()) {
                    sources.add(new KnowledgeSource(url.substring(url.lastIndexOf(LOCATION)), in.readAllBytes()));
                }
            }
            sources.sort(Comparator.comparing(KnowledgeSource::name));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in knowledge base", e);
        }
    }
}
