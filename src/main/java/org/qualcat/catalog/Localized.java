package org.qualcat.catalog;

import java.util.Locale;

/** A text the catalog holds in English and, when given, in Chinese: shown by the page's language. */
final class Localized {

  private Localized() {
  }

  static boolean chinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  /** The Chinese text on a Chinese page, when there is one; otherwise the English. */
  static String pick(Locale locale, String en, String zh) {
    return chinese(locale) && zh != null && !zh.isBlank() ? zh : en;
  }

  /** Whether a Chinese page shows the English text for want of the Chinese. */
  static boolean fallsBack(Locale locale, String zh) {
    return chinese(locale) && (zh == null || zh.isBlank());
  }
}
