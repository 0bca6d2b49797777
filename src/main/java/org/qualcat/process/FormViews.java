package org.qualcat.process;

/**
 * Text that a process variable carries for a task form or a gateway to show: a copy of what Qualcat's tables hold.
 * Two limits of the engine's tables apply to it, and breaking either fails the whole transaction (a 500 for the
 * request that caused it):
 *
 * <ul>
 *   <li>a string variable is kept in a column of 4,000 characters: a nomination with the longest justification the
 *   API allows, or a matter with many objections, would otherwise never reach its task. Longer text is shortened
 *   with a note that the full text is in the record;</li>
 *   <li>on MySQL/MariaDB Camunda creates its tables as {@code utf8} (three bytes a character): a character beyond
 *   (an emoji, an ideograph of the supplementary planes such as 𠮷) is refused. The copy shows U+FFFD instead.</li>
 * </ul>
 *
 * Qualcat's own tables ({@code utf8mb4}) keep the text whole; pages and the API show it from there.
 */
public final class FormViews {

  /** The longest string the engine stores in a variable. */
  public static final int MAX_LENGTH = 4000;
  static final String SHORTENED = "\n… (shortened; the full text is in the record)";
  static final char REPLACEMENT = '\uFFFD';

  private FormViews() {
  }

  /** {@code text} as it fits a string variable on every database Qualcat runs on. */
  public static String fit(String text) {
    if (text == null) {
      return null;
    }
    String fitting = text;
    if (fitting.length() > MAX_LENGTH) {
      int end = MAX_LENGTH - SHORTENED.length();
      if (Character.isHighSurrogate(fitting.charAt(end - 1))) {
        end--; // never cut a character in half
      }
      fitting = fitting.substring(0, end) + SHORTENED;
    }
    return withinThreeBytes(fitting);
  }

  private static String withinThreeBytes(String text) {
    if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
      return text;
    }
    StringBuilder copy = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isSupplementaryCodePoint(c)) {
        copy.append(REPLACEMENT);
      } else {
        copy.appendCodePoint(c);
      }
    });
    return copy.toString();
  }
}
