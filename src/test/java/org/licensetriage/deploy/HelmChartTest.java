package org.licensetriage.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.deploy.Chart.SELECTOR;
import static org.licensetriage.deploy.Chart.container;
import static org.licensetriage.deploy.Chart.render;
import static org.licensetriage.deploy.Chart.renderDefaults;
import static org.licensetriage.deploy.Manifests.at;
import static org.licensetriage.deploy.Manifests.named;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Lints helm/license-triage and checks what its default values render: hardening, probes, labels, ports. */
class HelmChartTest {

    @TempDir
    Path temp;

    static Stream<Path> ciValuesFiles() throws IOException {
        try (Stream<Path> files = Files.list(Chart.DIR.resolve("ci"))) {
            return files.filter(file -> file.toString().endsWith("-values.yaml")).sorted().toList().stream();
        }
    }

    @Test
    void lintWithDefaultValuesPassesInStrictMode() {
        LintResult result = new Helm(Chart.DIR).lint().strict().call();

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("ciValuesFiles")
    void lintAndRenderWithEachCiValuesFilePass(Path valuesFile) throws IOException {
        // helm-java's lint takes no values file: lint a copy whose values.yaml has the file merged in.
        Path copy = Chart.copyTo(temp);
        Files.writeString(copy.resolve("values.yaml"),
                Chart.dump(Chart.merge(Chart.load(Chart.DIR.resolve("values.yaml")), Chart.load(valuesFile))));

        LintResult result = new Helm(copy).lint().strict().call();

        assertThat(result.isFailed()).as("%s: %s", valuesFile, result.getMessages()).isFalse();
        assertThat(render(valuesFile).kinds()).contains("Deployment", "Service");
    }

    @Test
    void defaultValuesRenderNoOptionalObjects() {
        assertThat(renderDefaults().kinds())
                .containsExactly("Deployment", "PodDisruptionBudget", "Service", "ServiceAccount");
    }

    @Test
    void podAndContainerAreHardened() {
        Manifests manifests = renderDefaults();
        Map<String, Object> pod = at(manifests.one("Deployment"), "spec.template.spec");
        Map<String, Object> container = container(manifests);

        assertThat((Map<String, Object>) at(pod, "securityContext")).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 10001).containsEntry("runAsGroup", 10001).containsEntry("fsGroup", 10001);
        assertThat((Object) at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat((Map<String, Object>) at(container, "securityContext"))
                .containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001)
                .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat((List<Object>) at(container, "securityContext.capabilities.drop")).containsExactly("ALL");
        assertThat((Object) at(container, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(pod).containsEntry("automountServiceAccountToken", false);
        assertThat(manifests.one("ServiceAccount")).containsEntry("automountServiceAccountToken", false);
        assertThat(named(at(container, "volumeMounts"), "tmp")).containsEntry("mountPath", "/tmp");
        assertThat(named(at(pod, "volumes"), "tmp")).containsKey("emptyDir");
    }

    @Test
    void probesUseLivezAndReadyzOnTheHttpPort() {
        Map<String, Object> container = container(renderDefaults());

        assertThat((Object) at(container, "startupProbe.httpGet.path")).isEqualTo("/livez");
        assertThat((Object) at(container, "livenessProbe.httpGet.path")).isEqualTo("/livez");
        assertThat((Object) at(container, "readinessProbe.httpGet.path")).isEqualTo("/readyz");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat((Object) at(container, probe + ".httpGet.port")).as(probe).isEqualTo("http");
        }
        assertThat(named(at(container, "ports"), "http")).containsEntry("containerPort", 8080);
        assertThat(named(at(container, "ports"), "management")).containsEntry("containerPort", 8081);
    }

    @Test
    void selectorLabelsMatchThePodLabelsTheServiceAndTheDisruptionBudget() {
        Manifests manifests = renderDefaults();
        Map<String, Object> deployment = manifests.one("Deployment");

        assertThat((Map<String, Object>) at(deployment, "spec.selector.matchLabels")).isEqualTo(SELECTOR);
        assertThat((Map<String, Object>) at(deployment, "spec.template.metadata.labels")).containsAllEntriesOf(SELECTOR);
        assertThat((Map<String, Object>) at(manifests.one("Service"), "spec.selector")).isEqualTo(SELECTOR);
        assertThat((Map<String, Object>) at(manifests.one("PodDisruptionBudget"), "spec.selector.matchLabels"))
                .isEqualTo(SELECTOR);
    }

    @Test
    void serviceExposesHttpAndManagementPorts() {
        List<Map<String, Object>> ports = at(renderDefaults().one("Service"), "spec.ports");

        assertThat(named(ports, "http")).containsEntry("port", 8080).containsEntry("targetPort", "http");
        assertThat(named(ports, "management")).containsEntry("port", 8081).containsEntry("targetPort", "management");
    }

    @Test
    void resourcesStructuredLogsAndGracePeriodHaveSensibleDefaults() {
        Manifests manifests = renderDefaults();
        Map<String, Object> container = container(manifests);

        assertThat((Object) at(container, "resources.requests.cpu")).isEqualTo("250m");
        assertThat((Object) at(container, "resources.requests.memory")).isEqualTo("384Mi");
        assertThat((Object) at(container, "resources.limits.memory")).isEqualTo("512Mi");
        assertThat(named(at(container, "env"), "LOGGING_STRUCTURED_FORMAT_CONSOLE")).containsEntry("value", "ecs");
        // The preStop pause, then the service's graceful shutdown of up to 20 s per phase.
        List<Object> preStop = at(container, "lifecycle.preStop.exec.command");
        assertThat(preStop).containsExactly("sleep", "5");
        assertThat((Integer) at(manifests.one("Deployment"), "spec.template.spec.terminationGracePeriodSeconds"))
                .isGreaterThan(5 + 20);
        assertThat((Object) at(manifests.one("Deployment"), "spec.replicas")).isEqualTo(2);
        assertThat((Map<String, Object>) at(manifests.one("Deployment"), "spec.template.metadata.annotations")).isNull();
    }

    @Test
    void aPreStopHookOfTheValuesReplacesThePauseAndZeroTurnsItOff() {
        Map<String, Object> own = container(render(command -> command
                .set("lifecycle.preStop.httpGet.path", "/drain").set("lifecycle.preStop.httpGet.port", "8080")));
        Map<String, Object> none = container(render(command -> command.set("preStopSleepSeconds", "0")));

        assertThat((Map<String, Object>) at(own, "lifecycle.preStop")).containsOnlyKeys("httpGet");
        assertThat(none).doesNotContainKey("lifecycle");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "replicaCount                  | -1",
        "preStopSleepSeconds           | 30",
        "service.port                  | 0",
        "logging.structuredFormat      | xml",
        "terminationGracePeriodSeconds | 5",
        "knowledgeOverrides.notes\\.txt | x",
        "replicasCount                 | 2",
    })
    void schemaRejectsBadValues(String key, String value) {
        assertThatThrownBy(() -> render(command -> command.set(key, value)))
                .as("%s=%s", key, value)
                .hasMessageContaining("values don't meet the specifications of the schema");
    }
}
