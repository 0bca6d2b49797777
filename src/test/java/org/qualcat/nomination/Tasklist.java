package org.qualcat.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;

/** Tasks completed as the Tasklist completes them: through the engine REST API ({@code submit-form}). */
final class Tasklist {

  private Tasklist() {
  }

  /** Completes the one {@code taskKey} task of {@code reference} that {@code user} (calling as {@code api}) has. */
  static void submitForm(ApiClient api, String user, String reference, String taskKey, Map<String, Object> values) {
    List<String> ids = taskIds(api, reference, taskKey);
    assertThat(ids).as(user + " has a " + taskKey + " task for " + reference).hasSize(1);
    Response response = api.postJson("/engine-rest/task/" + ids.get(0) + "/submit-form", form(values));
    assertThat(response.status()).as(user + " completes " + taskKey + ": " + response).isEqualTo(204);
  }

  static List<String> taskIds(ApiClient api, String reference, String taskKey) {
    Response tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
        + taskKey);
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    return tasks.json().findValuesAsText("id");
  }

  /** A form's values as {@code submit-form} takes them. */
  static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
