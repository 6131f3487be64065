import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;

/**
 * `helm template` without a helm binary: helm-java (a test dependency that bundles Helm) renders the chart
 * as release "lt" and prints the manifests. scripts/chart-check.sh runs it as a single-file program:
 *
 *   java -cp "$(test class path)" scripts/HelmTemplate.java helm/license-triage key=value...
 */
public class HelmTemplate {

    public static void main(String[] args) {
        TemplateCommand command = new Helm(Path.of(args[0])).template().withName("lt")
                .withKubeVersion("v1.31.0"); // helm-java's default, v1.20, is older than the chart allows
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            command = command.set(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        System.out.print(command.call());
    }
}
