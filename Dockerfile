# Builds the app from this repository; docker-compose.yml runs it next to PostgreSQL 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY seeds seeds
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/baoku-*.jar /baoku.jar && mkdir /solr-plugin \
    && cp target/solr-plugin/*.jar /solr-plugin/

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /baoku.jar /app/baoku.jar
# The analysis plugin for SolrCloud nodes (docker-compose.yml, profile solr)
COPY --from=build /solr-plugin /app/solr-plugin
COPY seeds /app/seeds
ENV BAOKU_DATA_DIR=/data BAOKU_SEEDS_DIR=/app/seeds
VOLUME /data
EXPOSE 8080
# Out of memory, the JVM exits (status 3) instead of living on deaf; the compose file's restart policy starts it again.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/baoku.jar"]
