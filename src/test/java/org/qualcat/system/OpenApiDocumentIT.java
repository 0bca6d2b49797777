package org.qualcat.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;

/**
 * The OpenAPI document as an integrator reads it ({@code /v3/api-docs}): the status each operation really answers,
 * every error it can give as problem details, who may call it and how to sign in, and request bodies whose examples
 * are real data rather than the generator's placeholders.
 */
class OpenApiDocumentIT extends IntegrationTest {

  /** The operations anyone may call without credentials (SecurityConfiguration's permitAll). */
  private static final Set<String> ANONYMOUS = Set.of("GET /api/catalog", "GET /api/catalog/{code}",
      "GET /api/catalog/editions", "GET /api/catalog/editions/{edition}", "GET /api/catalog/notices",
      "GET /api/verification-codes/{code}");

  /** What the controllers answer on success where it is not 200 (their ITs check the same statuses). */
  private static final Map<String, String> NOT_200 = Map.ofEntries(
      Map.entry("POST /api/nominations", "201"),
      Map.entry("POST /api/adjustments", "201"),
      Map.entry("POST /api/exits", "201"),
      Map.entry("POST /api/monitoring/cycles", "201"),
      Map.entry("POST /api/monitoring/inputs", "201"),
      Map.entry("POST /api/verification-cases", "201"),
      Map.entry("POST /api/verification-cases/materials", "201"),
      Map.entry("POST /api/catalog/editions/draft/publish", "201"),
      Map.entry("POST /api/catalog/notices/{reference}/objections", "202"),
      Map.entry("POST /api/employers", "201"),
      Map.entry("POST /api/bulk-submissions", "201"),
      Map.entry("POST /api/title-applications", "201"),
      Map.entry("DELETE /api/employers/{creditCode}/members/{userId}", "204"));

  /** What a generator or Swagger UI puts where no example was given. */
  private static final Set<String> PLACEHOLDERS = Set.of("string", "", "0", "7UP", "user@example.com",
      "3fa85f64-5717-4562-b3fc-2c963f66afa6", "2019-08-24", "2019-08-24T14:15:22Z");

  private JsonNode doc;

  @BeforeEach
  void fetch() throws Exception {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn("secretariat1", "demo");
    HttpResponse<String> answer = browser.get("/v3/api-docs");
    assertThat(answer.statusCode()).isEqualTo(200);
    doc = new ObjectMapper().readTree(answer.body());
  }

  @Test
  void everyOperationSaysWhoMayCallItAndDescribesEachAnswer() {
    List<String> problems = new ArrayList<>();
    operations((name, op) -> {
      if (!op.path("description").asText().contains("Who:")) {
        problems.add(name + ": does not say who may call it");
      }
      op.get("responses").fields().forEachRemaining(r -> {
        String description = r.getValue().path("description").asText();
        if (description.isBlank() || description.contains("Undocumented")) {
          problems.add(name + " " + r.getKey() + ": no description");
        }
        if (r.getValue().path("content").has("*/*")) {
          problems.add(name + " " + r.getKey() + ": no media type (*/*)");
        }
      });
    });
    assertThat(problems).isEmpty();
    assertThat(doc.at("/paths").size()).as("the API's paths").isGreaterThanOrEqualTo(25);
  }

  @Test
  void theSuccessStatusIsTheOneTheControllerAnswers() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    operations((name, op) -> {
      seen.add(name);
      List<String> success = new ArrayList<>();
      op.get("responses").fieldNames().forEachRemaining(code -> {
        if (code.startsWith("2")) {
          success.add(code);
        }
      });
      String expected = NOT_200.getOrDefault(name, "200");
      if (!success.equals(List.of(expected))) {
        problems.add(name + ": documents " + success + ", answers " + expected);
      }
    });
    assertThat(problems).isEmpty();
    assertThat(seen).containsAll(NOT_200.keySet()).containsAll(ANONYMOUS);
  }

  @Test
  void everyOperationButThePublicOnesTakesHttpBasicAndSaysSo() {
    assertThat(doc.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
    assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    List<String> problems = new ArrayList<>();
    operations((name, op) -> {
      JsonNode security = op.get("security");
      if (ANONYMOUS.contains(name)) {
        boolean anonymousAllowed = security != null && (security.isEmpty()
            || java.util.stream.StreamSupport.stream(security.spliterator(), false).anyMatch(JsonNode::isEmpty));
        if (!anonymousAllowed) {
          problems.add(name + ": public, but the document asks for credentials");
        }
        return;
      }
      if (security == null || security.size() != 1 || !security.get(0).has("basic")) {
        problems.add(name + ": does not declare HTTP Basic");
      }
      for (String code : List.of("401", "403")) {
        if (!isProblem(op.at("/responses/" + code))) {
          problems.add(name + ": no " + code + " with problem details");
        }
      }
    });
    assertThat(problems).isEmpty();
    assertThat(doc.path("security").isMissingNode() || doc.path("security").isEmpty())
        .as("no global requirement that would lock the public operations").isTrue();
  }

  @Test
  void everyOperationThatTakesABodyDocumentsTheRefusalNamingTheField() {
    JsonNode fieldProblem = resolve(doc.at("/components/schemas/Problem/properties/errors/items"));
    assertThat(fieldProblem.at("/properties/field").isObject()).isTrue();
    assertThat(fieldProblem.at("/properties/message").isObject()).isTrue();
    List<String> problems = new ArrayList<>();
    operations((name, op) -> {
      if (!op.has("requestBody")) {
        return;
      }
      JsonNode refused = op.at("/responses/400");
      if (!isProblem(refused)) {
        problems.add(name + ": no 400 with problem details");
        return;
      }
      JsonNode example = refused.at("/content/application~1problem+json/example");
      if (example.at("/errors/0/field").asText().isBlank() || example.path("status").asInt() != 400) {
        problems.add(name + ": the 400 has no example naming a field");
      }
      for (String code : List.of("413", "415")) {
        if (!isProblem(op.at("/responses/" + code))) {
          problems.add(name + ": no " + code);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void requestBodiesHaveRealExamplesAndExplainTheirChoices() {
    List<String> problems = new ArrayList<>();
    operations((name, op) -> op.at("/requestBody/content").fields().forEachRemaining(media -> {
      JsonNode content = media.getValue();
      if (content.has("example") || content.has("examples")) {
        return;
      }
      examples(name + " " + media.getKey(), content.get("schema"), problems);
    }));
    assertThat(problems).isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private void operations(BiConsumer<String, JsonNode> each) {
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (op.getValue().has("responses")) {
        each.accept(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), op.getValue());
      }
    }));
  }

  /** Every value a client fills in has an example that is not a placeholder; every choice says what each means. */
  private void examples(String where, JsonNode schema, List<String> problems) {
    if (schema == null) {
      problems.add(where + ": no schema");
      return;
    }
    if (schema.has("$ref")) {
      examples(where, resolve(schema), problems);
      return;
    }
    if (schema.has("enum")) {
      String description = schema.path("description").asText();
      schema.get("enum").forEach(value -> {
        if (!description.contains(value.asText())) {
          problems.add(where + ": does not say what " + value.asText() + " means");
        }
      });
    }
    if (schema.has("example")) {
      JsonNode example = schema.get("example");
      if (example.isNull() || PLACEHOLDERS.contains(example.asText())) {
        problems.add(where + ": placeholder example " + example);
      }
      return;
    }
    if (schema.has("properties")) {
      schema.get("properties").fields().forEachRemaining(p -> examples(where + "." + p.getKey(), p.getValue(),
          problems));
      return;
    }
    if (schema.has("items")) {
      examples(where + "[]", schema.get("items"), problems);
      return;
    }
    if ("binary".equals(schema.path("format").asText())) {
      return; // a file
    }
    problems.add(where + ": no example");
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    return ref.isEmpty() ? schema : doc.at(ref.substring(1));
  }

  private boolean isProblem(JsonNode response) {
    JsonNode schema = response.at("/content/application~1problem+json/schema");
    return !response.path("description").asText().isBlank()
        && "#/components/schemas/Problem".equals(schema.path("$ref").asText());
  }
}
