package org.qualcat.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qualcat.verification.*}.
 *
 * @param documentKey the secret key of the holder-document hash (HMAC-SHA256) that finds earlier results of the same
 *                    holder; the default profile has a development key, other profiles must set
 *                    {@code QUALCAT_DOCUMENT_KEY}. Changing it makes earlier results unfindable for reuse.
 * @param register    the issuers' online registers: {@code simulated} (demo and tests) or {@code none} (no register
 *                    is connected: automatic checks fail into incidents for an operator)
 */
@ConfigurationProperties("qualcat.verification")
public record VerificationSettings(String documentKey, String register) {

  static final int MIN_KEY_LENGTH = 16;

  public VerificationSettings {
    if (documentKey == null || documentKey.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException("qualcat.verification.document-key (QUALCAT_DOCUMENT_KEY) must be set to a "
          + "secret of at least " + MIN_KEY_LENGTH + " characters");
    }
    register = register == null || register.isBlank() ? "none" : register.strip();
  }

  @Override
  public String toString() {
    return "VerificationSettings[register=" + register + "]";
  }
}
