package org.licensetriage.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.deploy.Chart.SELECTOR;
import static org.licensetriage.deploy.Chart.ciValues;
import static org.licensetriage.deploy.Chart.container;
import static org.licensetriage.deploy.Chart.render;
import static org.licensetriage.deploy.Manifests.at;
import static org.licensetriage.deploy.Manifests.named;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's optional features, each switched on by its ci/ values file, plus the test hook and NOTES. */
class HelmChartFeaturesTest {

    @TempDir
    Path temp;

    @Test
    void serviceMonitorScrapesThePrometheusEndpointOnTheManagementPort() {
        Map<String, Object> monitor = render(ciValues("servicemonitor-values.yaml")).one("ServiceMonitor");

        assertThat((Object) at(monitor, "spec.endpoints.0.port")).isEqualTo("management");
        assertThat((Object) at(monitor, "spec.endpoints.0.path")).isEqualTo("/actuator/prometheus");
        assertThat((Map<String, Object>) at(monitor, "spec.selector.matchLabels")).isEqualTo(SELECTOR);
        assertThat((Map<String, Object>) at(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
        // The alerts select on job="license-triage".
        assertThat((Map<String, Object>) at(monitor, "spec.endpoints.0.relabelings.0"))
                .containsEntry("targetLabel", "job").containsEntry("replacement", "license-triage");
    }

    @Test
    void prometheusRuleHasTheSameAlertsAsTheComposeStack() {
        Map<String, Object> rule = render(ciValues("prometheusrule-values.yaml")).one("PrometheusRule");
        Map<String, Object> compose = Chart.load(Path.of("deploy", "prometheus", "alerts.yml"));

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
        Manifests manifests = render(ciValues("knowledge-overrides-values.yaml"));
        Map<String, Object> configMap = manifests.one("ConfigMap");
        Map<String, Object> container = container(manifests);
        Map<String, Object> pod = at(manifests.one("Deployment"), "spec.template.spec");

        Map<String, Object> files = at(configMap, "data");
        assertThat(files).containsOnlyKeys("contoso-escalation.yml");
        assertThat((String) files.get("contoso-escalation.yml")).startsWith("# Site-specific").contains("entries: []");
        assertThat(named(at(container, "volumeMounts"), "knowledge-overrides"))
                .containsEntry("mountPath", "/etc/license-triage/knowledge").containsEntry("readOnly", true);
        assertThat((Object) at(named(at(pod, "volumes"), "knowledge-overrides"), "configMap.name"))
                .isEqualTo(at(configMap, "metadata.name"));
        assertThat(named(at(container, "env"), "LICENSETRIAGE_KNOWLEDGE_EXTRA_DIR"))
                .containsEntry("value", "/etc/license-triage/knowledge");
    }

    @Test
    void changedKnowledgeOverridesRollThePods() {
        String first = checksum(render(command -> command.set("knowledgeOverrides.site\\.yml", "entries: []")));
        String again = checksum(render(command -> command.set("knowledgeOverrides.site\\.yml", "entries: []")));
        String changed = checksum(render(command -> command.set("knowledgeOverrides.site\\.yml", "entries: [ ]")));

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(again).isNotEqualTo(changed);
    }

    @Test
    void networkPolicyAdmitsTheServicePortsOnly() {
        Map<String, Object> policy = render(ciValues("networkpolicy-values.yaml")).one("NetworkPolicy");

        assertThat((Map<String, Object>) at(policy, "spec.podSelector.matchLabels")).isEqualTo(SELECTOR);
        assertThat((List<Object>) at(policy, "spec.policyTypes")).containsExactly("Ingress");
        assertThat((Object) at(policy, "spec.ingress.0.ports.0.port")).isEqualTo("http");
        assertThat((Object) at(policy, "spec.ingress.0.from.0.namespaceSelector.matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "helpdesk-portal"));
        assertThat((Object) at(policy, "spec.ingress.1.ports.0.port")).isEqualTo("management");
        assertThat((Object) at(policy, "spec.ingress.1.from.0.namespaceSelector.matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
    }

    @Test
    void autoscalingReplacesTheReplicaCountWithAnAutoscalerOnCpu() {
        Manifests manifests = render(ciValues("autoscaling-values.yaml"));
        Map<String, Object> hpa = manifests.one("HorizontalPodAutoscaler");

        assertThat(hpa).containsEntry("apiVersion", "autoscaling/v2");
        assertThat((Object) at(hpa, "spec.scaleTargetRef.name")).isEqualTo(at(manifests.one("Deployment"), "metadata.name"));
        assertThat((Object) at(hpa, "spec.metrics.0.resource.name")).isEqualTo("cpu");
        assertThat((Object) at(hpa, "spec.metrics.0.resource.target.averageUtilization")).isEqualTo(75);
        assertThat((Map<String, Object>) at(manifests.one("Deployment"), "spec")).doesNotContainKey("replicas");
    }

    @Test
    void ingressRoutesToTheApiPortOnly() {
        Map<String, Object> ingress = render(ciValues("ingress-values.yaml")).one("Ingress");

        assertThat((Object) at(ingress, "spec.rules.0.http.paths.0.backend.service.port.name")).isEqualTo("http");
        assertThat((Object) at(ingress, "spec.tls.0.secretName")).isEqualTo("license-triage-tls");
    }

    @Test
    void helmTestPodCurlsReadyzThroughTheService() throws IOException {
        // helm template (through helm-java) leaves hooks out: render a copy without the hook annotation.
        Path copy = Chart.copyTo(temp);
        Path template = copy.resolve("templates/tests/test-readyz.yaml");
        String source = Files.readString(template);
        assertThat(source).contains("\"helm.sh/hook\": test");
        Files.writeString(template, source.replace("\"helm.sh/hook\": test", "hook-under-test: test"));

        Map<String, Object> testPod = Chart.render(copy, command -> command).one("Pod");

        assertThat((List<Object>) at(testPod, "spec.containers.0.command"))
                .contains("curl", "--fail").last().isEqualTo("http://lt-license-triage:8080/readyz");
        assertThat((Object) at(testPod, "spec.containers.0.securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat((Object) at(testPod, "spec.securityContext.runAsNonRoot")).isEqualTo(true);
    }

    @Test
    void notesTellHowToReachTheServiceAndRunTheTest() {
        String output = new Helm(Chart.DIR).install().withName("lt").withNamespace("support")
                .withKubeVersion("v1.31.0").dryRun().withDryRunOption(DryRun.CLIENT).clientOnly().call().getOutput();

        assertThat(output).contains("rollout status deployment/lt-license-triage",
                "port-forward service/lt-license-triage 8080:8080 8081:8081", "helm test lt --namespace support");
    }

    private static String checksum(Manifests manifests) {
        return at(manifests.one("Deployment"), "spec.template.metadata.annotations.checksum/knowledge-overrides");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> alertsByName(List<Map<String, Object>> groups) {
        return groups.stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .collect(Collectors.toMap(alert -> (String) alert.get("alert"), alert -> alert,
                        (a, b) -> { throw new AssertionError("duplicate alert " + a.get("alert")); },
                        LinkedHashMap::new));
    }
}
