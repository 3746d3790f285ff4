# reviewflow container image (JVM). Build the application first, then the image:
#   ./mvnw package -DskipTests && docker build -t reviewflow:latest .
# The image copies Quarkus's aot-jar layout in four layers, from least to most often changed, so
# that a code change rebuilds only the last small layers and the AOT cache made from them.
# BASE_IMAGE: any image with a Java 25+ `java` on the PATH (for the AOT cache, below), `sh`,
# groupadd and useradd; where no registry can be reached, container/build-and-run.sh builds a
# local one and passes it here.
ARG BASE_IMAGE=eclipse-temurin:25-jre-noble
FROM ${BASE_IMAGE}

# JAVA_MAX_MEM_RATIO: the heap's share of the container's memory limit, in percent (the rest is
# for metaspace, code cache, threads and direct buffers); JAVA_OPTS_APPEND: further JVM options.
ENV LANGUAGE='en_US:en' \
    LC_ALL='C.UTF-8' \
    JAVA_MAX_MEM_RATIO=60 \
    JAVA_OPTS_APPEND='-XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager'

# A fixed, unprivileged user: Kubernetes runAsNonRoot checks the numeric id.
RUN groupadd --system --gid 10001 reviewflow \
    && useradd --system --uid 10001 --gid reviewflow --home-dir /deployments --shell /usr/sbin/nologin reviewflow \
    && mkdir -p /deployments \
    && chown reviewflow:reviewflow /deployments

WORKDIR /deployments
COPY --chown=10001:10001 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=10001:10001 target/quarkus-app/*.jar /deployments/
COPY --chown=10001:10001 target/quarkus-app/app/ /deployments/app/
COPY --chown=10001:10001 target/quarkus-app/quarkus/ /deployments/quarkus/
COPY --chown=10001:10001 container/jvm.options /deployments/jvm.options
COPY --chown=10001:10001 container/aot-training.sh /deployments/aot-training.sh

USER 10001
# The AOT cache (JDK 25, JEP 483/514/515): a training run records which classes the start loads
# and links, and their method profiles; the JVM then maps them from app.aot instead of loading
# them from the jars. The image build has no database, so aot-training.sh starts the application
# without migrations and schema check, on a datasource that cannot connect, through to the
# listening HTTP server, and then stops it. The cache is only valid for this JVM and these exact
# jars, so it is made here, in the image, with the options the ENTRYPOINT uses.
RUN /deployments/aot-training.sh /deployments/app.aot /tmp/aot-training.log java @/deployments/jvm.options \
        $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar \
    && rm /tmp/aot-training.log
# 8080: the API; 9000: health and the OpenAPI document (management interface).
EXPOSE 8080 9000
ENTRYPOINT ["sh", "-c", "exec java @/deployments/jvm.options -XX:AOTCache=/deployments/app.aot -XX:MaxRAMPercentage=$JAVA_MAX_MEM_RATIO $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
