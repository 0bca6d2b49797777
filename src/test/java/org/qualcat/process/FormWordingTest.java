package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualcat.committee.CommitteeReviewProcess;

/**
 * What people read on the Tasklist forms ({@code forms/*.form}): every label, help, option and text in Chinese and
 * in English, no code offered as an option's words, required fields marked as the server requires them, and choices
 * filled by the adapters from the variables they set.
 */
class FormWordingTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
  /** A value the engine or a decision table reads: {@code NON_COMPLIANT}, {@code YES}. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Form(Path file, JsonNode json) {

    @Override
    public String toString() {
      return file.getFileName().toString();
    }

    List<JsonNode> components() {
      List<JsonNode> all = new ArrayList<>();
      collect(json.get("components"), all);
      return all;
    }

    JsonNode component(String id) {
      return components().stream().filter(c -> id.equals(c.path("id").asText())).findFirst()
          .orElseThrow(() -> new AssertionError("no component " + id + " in " + file));
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
      if (components != null) {
        components.forEach(c -> {
          all.add(c);
          collect(c.get("components"), all);
        });
      }
    }
  }

  static Stream<Form> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<Form> forms = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.add(new Form(file, JSON.readTree(file.toFile())));
      }
      return forms.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyLabelHelpOptionAndTextReadsInChineseAndEnglish(Form form) {
    List<String> monolingual = new ArrayList<>();
    for (JsonNode component : form.components()) {
      for (String words : List.of("label", "description", "dateLabel", "text")) {
        if (component.hasNonNull(words) && !bilingual(component.get(words).asText())) {
          monolingual.add(component.path("id").asText() + "." + words + ": " + component.get(words).asText());
        }
      }
      component.path("values").forEach(option -> {
        if (!bilingual(option.path("label").asText())) {
          monolingual.add(component.path("id").asText() + " option " + option.path("value").asText());
        }
      });
    }
    assertThat(monolingual).as("words of " + form + " in one language only").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void noOptionShowsItsCode(Form form) {
    for (JsonNode component : form.components()) {
      component.path("values").forEach(option -> {
        String value = option.path("value").asText();
        String label = option.path("label").asText();
        if (CODE.matcher(value).matches()) {
          assertThat(label).as(form + " " + component.path("id").asText() + " option " + value)
              .doesNotContain(value);
        }
      });
    }
  }

  /** The Tasklist sends a field hidden by its condition not at all, so a required field it shows is required-if. */
  @Test
  void whatTheServerRequiresTheFormsRequireConditionsIncluded() throws IOException {
    Map<String, Set<String>> required = Map.of(
        "committee-review-assign-experts", Set.of("Field_Experts"),
        "committee-review-follow-up", Set.of("Field_FollowUp", "Field_ReplacementExpert"),
        "committee-review-decide", Set.of("Field_Decision", "Field_VotesFor", "Field_VotesAgainst",
            "Field_VotesAbstained", "Field_Resolution", "Field_InformationNeeded"),
        "committee-review-score", Set.of("Field_Recognition", "Field_Rigour", "Field_Demand", "Field_Verifiability",
            "Field_Recommendation"),
        "catalog-nomination-check", Set.of("Field_Completeness", "Field_SupplementRequest"),
        "monitoring-review-confirm", Set.of("Field_ConfirmedAssessment", "Field_ConfirmationReason",
            "Field_IssuerContactEmail"),
        "monitoring-review-indicators", Set.of("Field_CertificatesInBeijing", "Field_TechnicalCompliance",
            "Field_HolderOutcomes", "Field_IssuerAnswers"),
        "monitoring-review-recheck", Set.of("Field_RectifiedInTime", "Field_RecheckNote"));
    Map<String, Form> forms = new HashMap<>();
    forms().forEach(form -> forms.put(form.json().get("id").asText(), form));

    required.forEach((formId, fields) -> fields.forEach(field -> assertThat(forms.get(formId).component(field)
        .path("validate").path("required").asBoolean()).as(formId + " " + field + " is required").isTrue()));
    assertThat(forms.get("monitoring-review-confirm").component("Field_ConfirmationReason").path("conditional")
        .path("hide").asText()).as("a reason is asked for when the monitor overrides the decision table")
        .isEqualTo("=confirmedAssessment = null or confirmedAssessment = assessment");
    assertThat(forms.get("monitoring-review-indicators").component("Field_CertificatesInBeijing")
        .path("validate").path("max").asInt()).as("the server's upper bound").isEqualTo(10_000_000);
  }

  @Test
  void expertsAreChosenFromTheListTheAdapterSetsNeverTypedAsUserIds() throws IOException {
    Map<String, Form> forms = new HashMap<>();
    forms().forEach(form -> forms.put(form.json().get("id").asText(), form));

    JsonNode experts = forms.get("committee-review-assign-experts").component("Field_Experts");
    assertThat(experts.path("type").asText()).isEqualTo("checklist");
    assertThat(experts.path("key").asText()).isEqualTo(CommitteeReviewProcess.FIELD_EXPERTS);
    assertThat(experts.path("valuesExpression").asText())
        .isEqualTo(FormChoices.valuesExpression(CommitteeReviewProcess.VIEW_EXPERT_CHOICES));

    JsonNode replacement = forms.get("committee-review-follow-up").component("Field_ReplacementExpert");
    assertThat(replacement.path("type").asText()).isEqualTo("select");
    assertThat(replacement.path("key").asText()).isEqualTo(CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT);
    assertThat(replacement.path("valuesExpression").asText())
        .isEqualTo(FormChoices.valuesExpression(CommitteeReviewProcess.VIEW_REPLACEMENT_CHOICES));
    assertThat(forms.get("committee-review-follow-up").component("Field_Expert").path("key").asText())
        .as("the overdue expert by name").isEqualTo(CommitteeReviewProcess.VIEW_EXPERT_NAME);
  }

  @Test
  void choicesTravelAsOneStringWhoseSeparatorsNoNameCanBreak() {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("expert1", "Zhang Wei (待评分任务 2 项 / 2 open scoring tasks)");
    options.put("expert9", "A=B; C");

    assertThat(FormChoices.encode(options))
        .isEqualTo("expert1=Zhang Wei (待评分任务 2 项 / 2 open scoring tasks);expert9=A＝B； C");
  }

  @Test
  void aRefusedFieldIsNamedAsTheFormNamesItInEachLanguage() {
    FormLabels labels = new FormLabels();

    assertThat(labels.label("replacementExpert")).isEqualTo("接替的专家 / Replacement expert");
    assertThat(labels.words("rigour")).as("the Chinese quoted, to name it inside a Chinese sentence")
        .contains(new Bilingual.Words("“考核与要求的严格程度”", "Rigour of examination and requirements"));
    assertThat(labels.words("experts")).contains(new Bilingual.Words("“评审专家”", "Experts"));
    assertThat(labels.words("expert")).as("no form has the field").isEmpty();
  }

  private static boolean bilingual(String words) {
    return CHINESE.matcher(words).find() && ENGLISH.matcher(words).find();
  }
}
