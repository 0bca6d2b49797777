package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;

/** Reads the audit trail the way an administrator does, through {@code GET /api/audit} as {@code admin}. */
public final class TrailReader {

  private final ApiClient admin;

  public TrailReader(ApiClient admin) {
    this.admin = admin;
  }

  /** The lines about {@code subject}, oldest first. */
  public List<JsonNode> about(String subject) {
    return search("subject=" + encode(subject));
  }

  /** The lines a search finds (query string without {@code size}), oldest first. */
  public List<JsonNode> search(String query) {
    Response found = admin.get("/api/audit?size=200&" + query);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    List<JsonNode> lines = new ArrayList<>();
    found.json().get("items").forEach(lines::add);
    Collections.reverse(lines);
    return lines;
  }

  /** How many lines a search finds in all (the search is recorded after it counted). */
  public long count(String query) {
    Response found = admin.get("/api/audit?size=1&" + query);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    return found.json().get("totalItems").asLong();
  }

  /** "actor ACTION" of each line, to compare who did what in which order at a glance. */
  public static List<String> whoDidWhat(List<JsonNode> lines) {
    return lines.stream().map(l -> l.get("actor").asText() + " " + l.get("action").asText()).toList();
  }

  /**
   * The first moment a line written now may carry: MySQL Connector/J with {@code sendFractionalSeconds=false} (which
   * Camunda requires) stores whole seconds.
   */
  public static Instant startOfTheSecond() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  public static Instant at(JsonNode line) {
    return Instant.parse(line.get("at").asText());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
