package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale files of the Camunda webapps (src/tools/webapps-zh) against the English ones the webjar ships: every
 * English label has a Chinese one that keeps its placeholders and links, and the app offers Chinese. A Camunda upgrade
 * that adds labels fails here until the translations follow.
 */
class WebappLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  /** What a translation must keep: {{placeholders}} and the markup of the English text. */
  private static final Pattern KEPT = Pattern.compile("\\{\\{[^}]*}}|</?(?:a|br|strong|em|b|i|code|span|p)\\b[^>]*>");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void everyEnglishLabelHasAChineseOneKeepingItsPlaceholders(String app) throws IOException {
    JsonNode english = read(APPS + app + "/locales/en.json").get("labels");
    JsonNode chinese = read(APPS + app + "/locales/zh.json").get("labels");

    List<String> missing = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      JsonNode translation = chinese.get(key);
      if (translation == null || translation.asText().isBlank() != english.get(key).asText().isBlank()) {
        missing.add(key);
      } else if (!kept(english.get(key).asText()).equals(kept(translation.asText()))) {
        broken.add(key);
      }
    });

    assertThat(missing).as(app + ": English labels without Chinese").isEmpty();
    assertThat(broken).as(app + ": Chinese labels that lose a placeholder or a link").isEmpty();
    assertThat(chinese.size()).as(app + ": no label the app does not have").isEqualTo(english.size());
    assertThat(text(APPS + app + "/scripts/config.js")).contains("availableLocales: ['en', 'zh']")
        .contains("customScripts: ['../qualcat/webapps']");
  }

  private static List<String> kept(String label) {
    List<String> kept = new ArrayList<>();
    Matcher matcher = KEPT.matcher(label);
    while (matcher.find()) {
      kept.add(matcher.group());
    }
    return kept.stream().sorted().toList();
  }

  private static JsonNode read(String resource) throws IOException {
    return JSON.readTree(text(resource).replace("\uFEFF", ""));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
