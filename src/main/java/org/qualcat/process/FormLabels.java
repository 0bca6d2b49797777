package org.qualcat.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels people read on the Tasklist forms ({@code forms/*.form}), by field key: a refused form is answered in
 * their words ({@link RefusalSentences}), never with the field's key or an engine's message.
 */
@Component
public class FormLabels {

  private final Map<String, String> labels;

  public FormLabels() {
    this.labels = load(new ObjectMapper());
  }

  /** The label of the field {@code key} on the forms, or the key itself when no form has it. */
  public String label(String key) {
    return labels.getOrDefault(key, key);
  }

  /**
   * The label of the field {@code key} in each language, to name it in a sentence: the Chinese of "国际认可度 /
   * International recognition" in quotation marks ("“国际认可度”"), the English as it is; empty when no form has the
   * field. A label that asks a question ("是否已整改？ / Rectified?") names its field without the question mark.
   */
  public Optional<Bilingual.Words> words(String key) {
    String label = labels.get(key);
    if (label == null) {
      return Optional.empty();
    }
    int separator = label.indexOf(Bilingual.SEPARATOR);
    String chinese = separator < 0 ? label : label.substring(0, separator).strip();
    String english = separator < 0 ? label : label.substring(separator + Bilingual.SEPARATOR.length()).strip();
    return Optional.of(new Bilingual.Words("“" + withoutQuestionMark(chinese) + "”", withoutQuestionMark(english)));
  }

  private static String withoutQuestionMark(String label) {
    return label.endsWith("?") || label.endsWith("？") ? label.substring(0, label.length() - 1).strip() : label;
  }

  private static Map<String, String> load(ObjectMapper json) {
    Map<String, String> found = new HashMap<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in), found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the Tasklist forms cannot be read", e);
    }
    return Map.copyOf(found);
  }

  private static void collect(JsonNode node, Map<String, String> found) {
    if (node.isObject()) {
      JsonNode key = node.get("key");
      JsonNode label = node.hasNonNull("label") ? node.get("label") : node.get("dateLabel");
      if (key != null && key.isTextual() && label != null && label.isTextual()) {
        found.putIfAbsent(key.asText(), label.asText());
      }
      node.elements().forEachRemaining(child -> collect(child, found));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, found));
    }
  }
}
