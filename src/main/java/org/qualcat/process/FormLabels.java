package org.qualcat.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels people read on the Tasklist forms ({@code forms/*.form}), by field key: a refused form is answered in
 * their words ("What is false or inaccurate: must be given."), never with the field's key or an engine's message.
 */
@Component
public class FormLabels {

  /** A message that starts with a field key: "refusalReason: …", "rigour is required …", "experts must …". */
  private static final Pattern LEADING_KEY = Pattern.compile("^([a-z][A-Za-z]*)(:| is | must )");

  private final Map<String, String> labels;

  public FormLabels() {
    this.labels = load(new ObjectMapper());
  }

  /** The label of the field {@code key} on the forms, or the key itself when no form has it. */
  public String label(String key) {
    return labels.getOrDefault(key, key);
  }

  /**
   * {@code message} as one plain sentence: a leading field key replaced by its label, a capital first letter, a full
   * stop at the end.
   */
  public String sentence(String message) {
    String text = message == null || message.isBlank() ? "The form could not be taken" : message.strip();
    Matcher key = LEADING_KEY.matcher(text);
    if (key.find() && labels.containsKey(key.group(1))) {
      text = labels.get(key.group(1)) + text.substring(key.end(1));
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  /**
   * A refusal of one field ({@code InvalidInputException}'s field and message) as one plain sentence, the field
   * named by its label: "What is false or inaccurate: must be given.".
   */
  public String sentence(String field, String message) {
    return sentence(label(field) + ": " + (message == null || message.isBlank() ? "is not valid" : message.strip()));
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
