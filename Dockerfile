# license-triage container image.
#
#   docker build -t license-triage .                  # builds the jar inside (needs Maven Central)
#   docker build --build-arg JAR_FROM=prebuilt -t license-triage .
#                                                     # takes target/license-triage-*.jar from the
#                                                     # context (run ./mvnw -DskipTests package first)
# Base images are build arguments: a JDK 17 or later to build (the source is Java 17) and a Java 25
# runtime (its AOT cache, JEP 483/514/515, halves the start), each with a shell, groupadd and
# useradd (Debian or Ubuntu based, not Alpine). scripts/container-check.sh builds local ones without
# a registry and passes them here.
ARG JDK_IMAGE=eclipse-temurin:17-jdk
ARG JRE_IMAGE=eclipse-temurin:25-jre
ARG JAR_FROM=maven

# --- the jar, built with the Maven wrapper --------------------------------------------------------
FROM ${JDK_IMAGE} AS maven
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
 && cp target/license-triage-*.jar /app.jar

# --- or the jar built beforehand on the host ------------------------------------------------------
FROM scratch AS prebuilt
COPY target/license-triage-*.jar /app.jar

FROM ${JAR_FROM} AS jar

# --- Spring Boot's layered extraction: lib/ + app.jar, a plain class path the AOT cache can record -
FROM ${JRE_IMAGE} AS extract
WORKDIR /extract
COPY --from=jar /app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --destination layers

# --- runtime --------------------------------------------------------------------------------------
FROM ${JRE_IMAGE}
RUN groupadd --system --gid 10001 licensetriage \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin licensetriage
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last layer.
COPY --from=extract /extract/layers/dependencies/ ./
COPY --from=extract /extract/layers/spring-boot-loader/ ./
COPY --from=extract /extract/layers/snapshot-dependencies/ ./
COPY --from=extract /extract/layers/application/ ./
# AOT cache (JEP 483/514/515): a training run records the loaded and linked classes and the method
# profiles in app.aot. scripts/aot-training.sh starts the service fully (it loads and validates the
# knowledge base), sends the requests help desks send and stops it gracefully, so Tomcat, Jackson and the
# request paths are in the cache too, not only what the start-up itself loads. spring.aot.enabled uses
# the bean definitions that Spring AOT generated at build time (process-aot) instead of scanning for
# them; training and runs use the same setting.
RUN --mount=type=bind,source=scripts/aot-training.sh,target=/tmp/aot-training.sh \
    bash /tmp/aot-training.sh -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true
USER 10001
EXPOSE 8080 8081
# Docker and podman only (Kubernetes uses the chart's probes); bash's /dev/tcp needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Heap from the container's memory limit; exit on OOM so the orchestrator restarts the container.
# The collector is left to ergonomics: Serial below 2 CPUs or 1792 MB, so with the chart's 512 MiB.
# TrimNativeHeapInterval returns to the OS, every 2 s, C heap that glibc keeps after it is freed (the
# JIT's and the start-up's scratch memory): about 35 MB of an idle container's RSS. A trim takes
# 0.3-0.7 ms when the service is idle, a few ms after a burst (-Xlog:trimnative).
# Add JVM flags with JAVA_TOOL_OPTIONS, application settings with environment variables.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:TrimNativeHeapInterval=2000", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
