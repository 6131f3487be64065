package org.licensetriage.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects of one `helm template` run, with dotted-path access for assertions. */
record Manifests(List<Map<String, Object>> objects) {

    @SuppressWarnings("unchecked")
    static Manifests parse(String multiDocumentYaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(multiDocumentYaml)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return new Manifests(objects);
    }

    List<String> kinds() {
        return objects.stream().map(object -> (String) object.get("kind")).sorted().toList();
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    /** The single object of this kind; fails the test when there is none or several. */
    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = ofKind(kind);
        assertThat(found).as("objects of kind %s", kind).hasSize(1);
        return found.get(0);
    }

    /** Follows a path such as {@code spec.template.spec.containers.0.ports}; null when absent. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(step);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return (T) current;
    }

    /** The element of a list of maps whose {@code name} is the given one, e.g. a port or env var. */
    static Map<String, Object> named(List<Map<String, Object>> items, String name) {
        return Objects.requireNonNull(items, "list").stream()
                .filter(item -> name.equals(item.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item named " + name + " in " + items));
    }
}
