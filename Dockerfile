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
ENV SPRING_PROFILES_ACTIVE="" \
    WVO_SEARCH_INDEX_DIR=/app/data/search-index \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are required:
# the production jar carries no embedded database.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 || exit 1"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
