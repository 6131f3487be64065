package org.licensetriage.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.deploy.Manifests.at;
import static org.licensetriage.deploy.Manifests.named;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** Lints and renders helm/license-triage with helm-java (Helm itself, no download) and checks the objects. */
class HelmChartTest {

    static final Path CHART = Path.of("helm", "license-triage");
    static final Map<String, String> SELECTOR =
            Map.of("app.kubernetes.io/name", "license-triage", "app.kubernetes.io/instance", "lt");

    @TempDir
    Path temp;

    static Stream<Path> ciValuesFiles() throws IOException {
        return Files.list(CHART.resolve("ci")).filter(file -> file.toString().endsWith("-values.yaml")).sorted();
    }

    static Manifests render(UnaryOperator<TemplateCommand> options) {
        TemplateCommand command = new Helm(CHART).template()
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

    @Test
    void lintWithDefaultValuesPassesInStrictMode() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("ciValuesFiles")
    void lintAndRenderWithEachCiValuesFilePass(Path valuesFile) throws IOException {
        // helm-java's lint takes no values file: lint a copy whose values.yaml has the file merged in.
        Path copy = copyChart();
        Map<String, Object> values = merge(load(CHART.resolve("values.yaml")), load(valuesFile));
        Files.writeString(copy.resolve("values.yaml"), new Yaml().dump(values));

        LintResult result = new Helm(copy).lint().strict().call();

        assertThat(result.isFailed()).as("%s: %s", valuesFile, result.getMessages()).isFalse();
        assertThat(render(valuesFile).kinds()).contains("Deployment", "Service");
    }

    @Test
    void ciValuesFilesSwitchOnEachOptionalFeature() throws IOException {
        Map<String, String> kindByFile = Map.of(
                "servicemonitor-values.yaml", "ServiceMonitor",
                "prometheusrule-values.yaml", "PrometheusRule",
                "networkpolicy-values.yaml", "NetworkPolicy",
                "knowledge-overrides-values.yaml", "ConfigMap",
                "autoscaling-values.yaml", "HorizontalPodAutoscaler",
                "ingress-values.yaml", "Ingress");
        for (Map.Entry<String, String> entry : kindByFile.entrySet()) {
            assertThat(render(CHART.resolve("ci").resolve(entry.getKey())).kinds())
                    .as(entry.getKey()).contains(entry.getValue());
        }
        assertThat(renderDefaults().kinds()).containsExactly(
                "Deployment", "PodDisruptionBudget", "Service", "ServiceAccount");
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
        // The service's graceful shutdown takes up to 20 s per phase.
        assertThat((Integer) at(manifests.one("Deployment"), "spec.template.spec.terminationGracePeriodSeconds"))
                .isGreaterThan(20);
        assertThat((Object) at(manifests.one("Deployment"), "spec.replicas")).isEqualTo(2);
    }

    @Test
    void serviceMonitorScrapesThePrometheusEndpointOnTheManagementPort() {
        Map<String, Object> monitor = render(CHART.resolve("ci/servicemonitor-values.yaml")).one("ServiceMonitor");

        assertThat((Object) at(monitor, "spec.endpoints.0.port")).isEqualTo("management");
        assertThat((Object) at(monitor, "spec.endpoints.0.path")).isEqualTo("/actuator/prometheus");
        assertThat((Map<String, Object>) at(monitor, "spec.selector.matchLabels")).isEqualTo(SELECTOR);
        assertThat((Map<String, Object>) at(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
        // The alerts select on job="license-triage".
        assertThat((Map<String, Object>) at(monitor, "spec.endpoints.0.relabelings.0"))
                .containsEntry("targetLabel", "job").containsEntry("replacement", "license-triage");
    }

    @Test
    void prometheusRuleHasTheSameAlertsAsTheComposeStack() throws IOException {
        Map<String, Object> rule = render(CHART.resolve("ci/prometheusrule-values.yaml")).one("PrometheusRule");
        Map<String, Object> compose = load(Path.of("deploy", "prometheus", "alerts.yml"));

        Map<String, Map<String, Object>> rendered = alertsByName(at(rule, "spec.groups"));
        Map<String, Map<String, Object>> expected = alertsByName(at(compose, "groups"));

        assertThat(rendered.keySet()).containsExactlyElementsOf(expected.keySet()).contains(
                "LicenseTriageInstanceDown", "LicenseTriageHighErrorRate", "LicenseTriageHighLatency",
                "LicenseTriageKnowledgeBaseMissing", "LicenseTriageHeapHigh");
        expected.forEach((name, alert) -> {
            assertThat(rendered.get(name).get("expr")).as(name).isEqualTo(alert.get("expr"));
            assertThat(rendered.get(name)).as(name).isEqualTo(alert);
        });
    }

    @Test
    void knowledgeOverridesAreMountedReadOnlyAndNamedByTheEnvironmentVariable() {
        Manifests manifests = render(CHART.resolve("ci/knowledge-overrides-values.yaml"));
        Map<String, Object> configMap = manifests.one("ConfigMap");
        Map<String, Object> container = container(manifests);
        Map<String, Object> pod = at(manifests.one("Deployment"), "spec.template.spec");

        Map<String, Object> files = at(configMap, "data");
        assertThat(files).containsOnlyKeys("contoso-escalation.yml");
        assertThat((String) files.get("contoso-escalation.yml")).startsWith("# Site-specific").contains("entries: []");
        Map<String, Object> mount = named(at(container, "volumeMounts"), "knowledge-overrides");
        assertThat(mount).containsEntry("mountPath", "/etc/license-triage/knowledge").containsEntry("readOnly", true);
        assertThat((Object) at(named(at(pod, "volumes"), "knowledge-overrides"), "configMap.name"))
                .isEqualTo(at(configMap, "metadata.name"));
        assertThat(named(at(container, "env"), "LICENSETRIAGE_KNOWLEDGE_EXTRA_DIR"))
                .containsEntry("value", "/etc/license-triage/knowledge");
    }

    @Test
    void changedKnowledgeOverridesRollThePods() {
        String first = checksum(render(command -> command.set("knowledgeOverrides.site\\.yml", "entries: []")));
        String second = checksum(render(command -> command.set("knowledgeOverrides.site\\.yml", "entries: [ ]")));

        assertThat(first).matches("[0-9a-f]{64}").isNotEqualTo(second);
        assertThat((Map<String, Object>) at(renderDefaults().one("Deployment"), "spec.template.metadata.annotations"))
                .isNull();
    }

    @Test
    void networkPolicyAdmitsTheServicePortsOnly() {
        Map<String, Object> policy = render(CHART.resolve("ci/networkpolicy-values.yaml")).one("NetworkPolicy");

        assertThat((Map<String, Object>) at(policy, "spec.podSelector.matchLabels")).isEqualTo(SELECTOR);
        assertThat((Object) at(policy, "spec.ingress.0.ports.0.port")).isEqualTo("http");
        assertThat((Object) at(policy, "spec.ingress.0.from.0.namespaceSelector.matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "helpdesk-portal"));
        assertThat((Object) at(policy, "spec.ingress.1.ports.0.port")).isEqualTo("management");
        assertThat((Object) at(policy, "spec.ingress.1.from.0.namespaceSelector.matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
    }

    @Test
    void autoscalingReplacesTheReplicaCountWithAnAutoscalerOnCpu() {
        Manifests manifests = render(CHART.resolve("ci/autoscaling-values.yaml"));
        Map<String, Object> hpa = manifests.one("HorizontalPodAutoscaler");

        assertThat(hpa).containsEntry("apiVersion", "autoscaling/v2");
        assertThat((Object) at(hpa, "spec.scaleTargetRef.name")).isEqualTo(at(manifests.one("Deployment"), "metadata.name"));
        assertThat((Object) at(hpa, "spec.metrics.0.resource.name")).isEqualTo("cpu");
        assertThat((Object) at(hpa, "spec.metrics.0.resource.target.averageUtilization")).isEqualTo(75);
        assertThat((Map<String, Object>) at(manifests.one("Deployment"), "spec")).doesNotContainKey("replicas");
    }

    @Test
    void helmTestPodCurlsReadyzThroughTheService() throws IOException {
        // helm template (through helm-java) leaves hooks out: render a copy without the hook annotation.
        Path copy = copyChart();
        Path template = copy.resolve("templates/tests/test-readyz.yaml");
        String source = Files.readString(template);
        assertThat(source).contains("\"helm.sh/hook\": test");
        Files.writeString(template, source.replace("\"helm.sh/hook\": test", "hook-under-test: test"));

        Map<String, Object> testPod = Manifests.parse(new Helm(copy).template().withName("lt")
                .withNamespace("support").withKubeVersion("v1.31.0").call()).one("Pod");

        assertThat((List<Object>) at(testPod, "spec.containers.0.command"))
                .contains("curl", "--fail").last().isEqualTo("http://lt-license-triage:8080/readyz");
        assertThat((Object) at(testPod, "spec.containers.0.securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat((Object) at(testPod, "spec.securityContext.runAsNonRoot")).isEqualTo(true);
    }

    @Test
    void notesTellHowToReachTheServiceAndRunTheTest() {
        String output = new Helm(CHART).install().withName("lt").withNamespace("support")
                .withKubeVersion("v1.31.0").dryRun().withDryRunOption(DryRun.CLIENT).clientOnly().call().getOutput();

        assertThat(output).contains("rollout status deployment/lt-license-triage",
                "port-forward service/lt-license-triage 8080:8080 8081:8081", "helm test lt --namespace support");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "replicaCount                     | -1",
        "service.port                     | 0",
        "logging.structuredFormat         | xml",
        "terminationGracePeriodSeconds    | 5",
        "knowledgeOverrides.notes\\.txt | x",
        "replicasCount                    | 2",
    })
    void schemaRejectsBadValues(String key, String value) {
        assertThatThrownBy(() -> render(command -> command.set(key, value)))
                .as("%s=%s", key, value)
                .hasMessageContaining("values don't meet the specifications of the schema");
    }

    private Path copyChart() throws IOException {
        Path copy = temp.resolve("license-triage");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(CHART.relativize(source).toString()));
            }
        }
        return copy;
    }

    private static String checksum(Manifests manifests) {
        return at(manifests.one("Deployment"), "spec.template.metadata.annotations.checksum/knowledge-overrides");
    }

    private static Map<String, Map<String, Object>> alertsByName(List<Map<String, Object>> groups) {
        return groups.stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .collect(Collectors.toMap(alert -> (String) alert.get("alert"), alert -> alert,
                        (a, b) -> { throw new AssertionError("duplicate alert " + a.get("alert")); },
                        LinkedHashMap::new));
    }

    private static Map<String, Object> load(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    /** Helm's merge: maps merge key by key, anything else (lists too) is replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> merged.put(key,
                merged.get(key) instanceof Map && value instanceof Map
                        ? merge((Map<String, Object>) merged.get(key), (Map<String, Object>) value)
                        : value));
        return merged;
    }
}
