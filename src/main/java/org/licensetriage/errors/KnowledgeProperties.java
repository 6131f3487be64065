package org.licensetriage.errors;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base comes from besides the built-in files.
 *
 * @param extraDir a directory of YAML files that add or replace entries (a Kubernetes ConfigMap, say);
 *     validated like the built-in files, and a broken one stops the start
 */
@ConfigurationProperties("licensetriage.knowledge")
public record KnowledgeProperties(@Nullable Path extraDir) {
}
