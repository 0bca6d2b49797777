package org.qualcat.process;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Words for the Tasklist forms, which bureau staff read in Chinese and in English: a message in both languages, as
 * the forms' own labels are written ("决定 / Decision"). Adapters use it for what they put in a form's read-only
 * fields and choices, so that people read words, never codes ({@code WATCH}, {@code true}) or user ids.
 */
@Component
public class Bilingual {

  /** Between the Chinese and the English, as on the forms' labels. */
  public static final String SEPARATOR = " / ";

  private final MessageSource messages;

  public Bilingual(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Words that differ by language, as an argument of {@link #both}, {@link #chinese} or {@link #english}: each
   * language's message gets its own ("“国际认可度”" in the Chinese, "International recognition" in the English).
   */
  public record Words(String chinese, String english) {
  }

  /** The message {@code key} as "Chinese / English" (once, when both read the same). */
  public String both(String key, Object... args) {
    return join(chinese(key, args), english(key, args));
  }

  /** An enum value's words, from the message {@code prefix.VALUE}. */
  public String of(String prefix, Enum<?> value) {
    return value == null ? both("forms.notKnown") : both(prefix + "." + value.name());
  }

  /**
   * An enum value's words as an argument of {@link #both}: each language's message gets the word in its own language.
   */
  public MessageSourceResolvable word(String prefix, Enum<?> value) {
    return new DefaultMessageSourceResolvable(prefix + "." + value.name());
  }

  /** A yes or no, in words. */
  public String yesNo(Boolean value) {
    return value == null ? both("forms.notKnown") : both(value ? "forms.yes" : "forms.no");
  }

  /**
   * English text that may have a Chinese version under {@code prefix.} and its words in lower case joined by hyphens
   * (a decision table's reason): "Chinese / English", or the English alone.
   */
  public String translated(String prefix, String english) {
    if (english == null || english.isBlank()) {
      return english;
    }
    String slug = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return join(messages.getMessage(prefix + "." + slug, null, english, Locale.CHINESE), english);
  }

  public String english(String key, Object... args) {
    return messages.getMessage(key, in(args, Words::english), Locale.ENGLISH);
  }

  public String chinese(String key, Object... args) {
    return messages.getMessage(key, in(args, Words::chinese), Locale.CHINESE);
  }

  /** Chinese and English as the forms write them: "Chinese / English" (once, when both read the same). */
  public static String join(String chinese, String english) {
    return chinese.equals(english) ? english : chinese + SEPARATOR + english;
  }

  /** The arguments with each {@link Words} in one language. */
  private static Object[] in(Object[] args, java.util.function.Function<Words, String> language) {
    if (args == null) {
      return null;
    }
    Object[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof Words words) {
        resolved[i] = language.apply(words);
      }
    }
    return resolved;
  }
}
