package org.licensetriage.deploy;

import static org.licensetriage.deploy.Manifests.at;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** helm/license-triage rendered through helm-java as release "lt" in namespace "support". */
final class Chart {

    static final Path DIR = Path.of("helm", "license-triage");
    static final Map<String, String> SELECTOR =
            Map.of("app.kubernetes.io/name", "license-triage", "app.kubernetes.io/instance", "lt");

    private Chart() {
    }

    static Path ciValues(String fileName) {
        return DIR.resolve("ci").resolve(fileName);
    }

    static Manifests render(UnaryOperator<TemplateCommand> options) {
        return render(DIR, options);
    }

    static Manifests render(Path chart, UnaryOperator<TemplateCommand> options) {
        TemplateCommand command = new Helm(chart).template()
                .withName("lt").withNamespace("support").withKubeVersion("v1.31.0");
        return Manifests.parse(options.apply(command).call());
    }

    static Manifests render(Path valuesFile) {
        return render(command -> command.withValuesFile(valuesFile));
    }

    static Manifests renderDefaults() {
        return render(command -> command);
    }

    static Map<String, Object> container(Manifests manifests) {
        return at(manifests.one("Deployment"), "spec.template.spec.containers.0");
    }

    /** A copy of the chart under {@code directory}, for checks that must change a file first. */
    static Path copyTo(Path directory) {
        Path copy = directory.resolve("license-triage");
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(DIR.relativize(source).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    static Map<String, Object> load(Path yamlFile) {
        try {
            return new Yaml().load(Files.readString(yamlFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dump(Map<String, Object> values) {
        return new Yaml().dump(values);
    }

    /** Helm's merge of values: maps merge key by key, anything else (lists too) is replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> merged.put(key,
                merged.get(key) instanceof Map && value instanceof Map
                        ? merge((Map<String, Object>) merged.get(key), (Map<String, Object>) value)
                        : value));
        return merged;
    }
}
