# Willkommen vor Ort – production image.
# Build: docker build -t willkommen-vor-ort .
# Run:   docker run -p 8080:8080 \
#          -e SPRING_DATASOURCE_URL=jdbc:mariadb://db.example:3306/willkommen \
#          -e SPRING_DATASOURCE_USERNAME=willkommen -e SPRING_DATASOURCE_PASSWORD=… \
#          -e WVO_ADMIN_EMAIL=integration@landkreis.example willkommen-vor-ort
# (first start without an administrator: the set-up link goes to WVO_ADMIN_EMAIL, else to the log)

# --- build: the slim production bundle needs Node, which the build takes from the npm registry
FROM maven:3.9-eclipse-temurin-25 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
COPY translations translations
RUN mvn -B -ntp -Pproduction -DskipTests package \
 && cp target/willkommen-vor-ort-*.jar /build/app.jar

# --- run: a JRE, an unprivileged user, an external MariaDB given by the environment
FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build --chown=app:app /build/app.jar /app/app.jar
# The embedded search index (one instance); a county with several instances uses the cluster
# profile and Elasticsearch/OpenSearch instead (README). A lost index is rebuilt at start.
RUN mkdir -p /app/data/search-index && chown -R app:app /app/data
VOLUME /app/data/search-index
USER app
# Health and metrics (README, decision 029) on port 8081, on every address of the container so
# that HAProxy and Prometheus on the container network reach it; publish only 8080 to the world.
ENV SPRING_PROFILES_ACTIVE="" \
    WVO_SEARCH_INDEX_DIR=/app/data/search-index \
    MANAGEMENT_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are required:
# the production jar carries no embedded database.
EXPOSE 8080 8081
# The liveness probe, asked in bash (/dev/tcp; the image has no curl): healthy on "200".
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
