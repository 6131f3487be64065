package org.licensetriage.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.audit.InventoryAuditController;
import org.licensetriage.i18n.Language;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document: API metadata, the language parameters and problem answers every operation shares,
 * and the request/response examples captured from the running service ({@code openapi/examples/*.json}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "application/problem+json";

    static {
        // The language comes from Accept-Language or ?lang=, resolved by the web layer, not a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Language.class);
    }

    @Bean
    OpenAPI licenseTriageOpenApi() {
        return new OpenAPI()
                .info(new Info().title("license-triage").version("1.0")
                        .description("""
                                Triage of Windows licence-activation failures for help desks: what an error code \
                                means and how to fix it, an offline product-key analyser, and diagnoses that rank \
                                the causes of what the customer reports. Every text is in English and Japanese, \
                                chosen by `Accept-Language` (or `?lang=`); every answer carries `Content-Language`. \
                                Errors are RFC 9457 `application/problem+json` with a stable `code`. A product key \
                                is the customer's secret: the service never logs one whole.""")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                .servers(List.of(new Server().url("/").description("This service")))
                .tags(List.of(
                        new Tag().name("errors").description("The error-code knowledge base"),
                        new Tag().name("keys").description("Offline product-key analysis"),
                        new Tag().name("diagnoses").description("Ranked, explained triage")));
    }

    /**
     * Fields of the HTTP records marked {@code @Nullable} can be null in answers; OpenAPI 3.1 says so with the
     * type "null". Read from the records themselves: JSpecify's type-use annotation does not reach springdoc.
     */
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's model hands out raw maps of schemas
    private static void nullableFields(Components components) {
        Map<String, Class<?>> records = httpRecords();
        components.getSchemas().forEach((name, schema) -> {
            Class<?> type = records.get(name);
            Map<String, Schema> properties = schema.getProperties();
            if (type == null || properties == null) {
                return;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Schema property = properties.get(component.getName());
                if (property == null || !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    continue;
                }
                if (property.get$ref() != null) {
                    properties.put(component.getName(), new JsonSchema().description(property.getDescription())
                            .oneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null")))));
                } else if (property.getTypes() != null) {
                    property.addType("null");
                    if (property.getEnum() != null) {
                        // allowableValues hands out an unmodifiable list
                        List<Object> values = new java.util.ArrayList<>(property.getEnum());
                        values.add(null);
                        property.setEnum(values);
                    }
                }
            }
        });
    }

    /** The records of the service, by simple name (the schema names springdoc gives them). */
    private static Map<String, Class<?>> httpRecords() {
        try {
            Map<String, Class<?>> records = new java.util.HashMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:org/licensetriage/**/*.class")) {
                String url = file.getURL().toString();
                String name = url.substring(url.lastIndexOf("org/licensetriage/"), url.length() - ".class".length())
                        .replace('/', '.');
                Class<?> type = Class.forName(name, false, OpenApiConfiguration.class.getClassLoader());
                if (type.isRecord()) {
                    records.put(type.getSimpleName(), type);
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the service's classes", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shared parts: language parameters, problem responses, the Problem schema and the captured examples. */
    @Bean
    OpenApiCustomizer sharedParts(JsonMapper json) {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            ModelConverters.getInstance().readAll(ProblemSchema.class).forEach(components::addSchemas);
            examples(json).forEach(components::addExamples);
            nullableFields(components);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                language(operation);
                problems(path, method, operation);
            }));
        };
    }

    private static void language(Operation operation) {
        operation.addParametersItem(new Parameter().in("header").name("Accept-Language").required(false)
                .description("`ja` for Japanese, anything else answers in English")
                .schema(new StringSchema()._default("en")));
        operation.addParametersItem(new Parameter().in("query").name("lang").required(false)
                .description("Overrides Accept-Language").schema(new StringSchema()._enum(List.of("en", "ja"))));
    }

    private static void problems(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.equals(InventoryAuditController.PATH)) {
            problem(operation, "400", "A file that cannot be audited (`INVALID_CSV`): `reason` (EMPTY_FILE,"
                    + " NO_KEY_COLUMN, UNCLOSED_QUOTE, TOO_MANY_COLUMNS, UNDECODABLE_BYTES …) and the `line`");
            problem(operation, "406", "The client accepts none of text/csv, JSON lines or JSON");
            problem(operation, "413", "The file is over the audit's own limit (32 MB by default)");
            problem(operation, "415", "The body is not text/csv (or text/tab-separated-values)");
        }
        problem(operation, "400", "Invalid input: a field at fault (named in `errors`), malformed JSON, or a code"
                + " that is not a code (`MALFORMED_ERROR_CODE`)");
        problem(operation, "406", "The client accepts no JSON");
        if (method == PathItem.HttpMethod.POST) {
            problem(operation, "413", "The request body is over the limit (1 MB by default)");
            problem(operation, "415", "The body is not application/json");
        }
        if (path.contains("{code}")) {
            problem(operation, "404", "A well-formed code that is not in the knowledge base (`UNKNOWN_ERROR_CODE`),"
                    + " with the decoded HRESULT and known codes one hex digit away");
            operation.getResponses().get("404").getContent().get(PROBLEM).addExamples("0x8004FE2A",
                    new Example().$ref("#/components/examples/errors-unknown.problem"));
        }
        problem(operation, "500", "The service failed (never for bad input); no stack trace is returned");
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
    }

    /**
     * Every {@code openapi/examples/<name>.json} as a component example named {@code <name>}; the CSV and JSON
     * lines examples of the inventory audit as text, named {@code <name>} and {@code <name>.<extension>}.
     */
    private static Map<String, Example> examples(JsonMapper json) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/examples/*");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            Map<String, Example> examples = new java.util.LinkedHashMap<>();
            for (Resource file : files) {
                String filename = file.getFilename();
                try (InputStream in = file.getInputStream()) {
                    if (filename.endsWith(".json")) {
                        String name = filename.replace(".json", "");
                        examples.put(name, new Example().summary(name).value(json.readValue(in, Object.class)));
                    } else if (filename.endsWith(".csv") || filename.endsWith(".jsonl")) {
                        String name = filename.endsWith(".request.csv") ? filename.replace(".csv", "") : filename;
                        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        examples.put(name, new Example().summary(name).value(text));
                    }
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI examples", e);
        }
    }
}
