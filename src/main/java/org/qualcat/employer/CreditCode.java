package org.qualcat.employer;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) every organisation registered in China carries:
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z), the last a check character
 * over the other 17. Characters 3–8 are the administrative division of the registering authority: 11… Beijing,
 * 12… Tianjin, 13… Hebei.
 */
final class CreditCode {

  static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {
  }

  /** The code as it is stored: blanks removed, capitals. */
  static String normalise(String given) {
    return given == null ? null : given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** Whether a normalised code has 18 characters of the alphabet and the right check character. */
  static boolean isValid(String code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * WEIGHTS[i];
    }
    int check = (ALPHABET.length() - sum % ALPHABET.length()) % ALPHABET.length();
    return code.charAt(LENGTH - 1) == ALPHABET.charAt(check);
  }

  /**
   * The region the registering authority is in, when it is one of the three; empty for an organisation registered
   * elsewhere (a national registration, another province), which may still employ people in the region.
   */
  static Optional<EmployerRegion> registeredIn(String code) {
    return switch (code.substring(2, 4)) {
      case "11" -> Optional.of(EmployerRegion.BEIJING);
      case "12" -> Optional.of(EmployerRegion.TIANJIN);
      case "13" -> Optional.of(EmployerRegion.HEBEI);
      default -> Optional.empty();
    };
  }
}
