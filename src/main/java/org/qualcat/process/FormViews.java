package org.qualcat.process;

/**
 * Text a task form shows, kept in a process variable. The engine stores a string variable in a column of 4,000
 * characters, and a longer one fails the whole transaction: a nomination with the longest justification the API
 * allows, or a matter with many objections, would otherwise never reach its task. Longer text is shortened with a
 * note that the full text is in the record (the API's decision record, the domain tables); the tables keep it whole.
 */
public final class FormViews {

  /** The longest string the engine stores in a variable. */
  public static final int MAX_LENGTH = 4000;
  static final String SHORTENED = "\n… (shortened; the full text is in the record)";

  private FormViews() {
  }

  /** {@code text} as it fits a string variable. */
  public static String fit(String text) {
    if (text == null || text.length() <= MAX_LENGTH) {
      return text;
    }
    int end = MAX_LENGTH - SHORTENED.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a character in half
    }
    return text.substring(0, end) + SHORTENED;
  }
}
