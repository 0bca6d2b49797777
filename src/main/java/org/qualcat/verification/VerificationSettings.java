package org.qualcat.verification;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qualcat.verification.*}.
 *
 * @param documentKey   the secret key of the holder-document hash (HMAC-SHA256) that finds earlier results of the
 *                      same holder; the default profile has a development key, other profiles must set
 *                      {@code QUALCAT_DOCUMENT_KEY}. Changing it makes earlier results unfindable for reuse.
 * @param encryptionKey the AES-256 key (32 bytes, base64) that encrypts holder document numbers at rest; the default
 *                      profile has a development key, other profiles must set {@code QUALCAT_ENCRYPTION_KEY}. Losing
 *                      or changing it makes the stored numbers unreadable.
 * @param register      the issuers' online registers: {@code simulated} (demo and tests) or {@code none} (no register
 *                      is connected: automatic checks fail into incidents for an operator)
 */
@ConfigurationProperties("qualcat.verification")
public record VerificationSettings(String documentKey, String encryptionKey, String register) {

  static final int MIN_KEY_LENGTH = 16;
  static final int ENCRYPTION_KEY_BYTES = 32;

  public VerificationSettings {
    if (documentKey == null || documentKey.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException("qualcat.verification.document-key (QUALCAT_DOCUMENT_KEY) must be set to a "
          + "secret of at least " + MIN_KEY_LENGTH + " characters");
    }
    encryptionKeyBytes(encryptionKey);
    register = register == null || register.isBlank() ? "none" : register.strip();
  }

  /** The AES key; checked at start-up, so that a node with a missing or malformed key does not start. */
  byte[] encryptionKeyBytes() {
    return encryptionKeyBytes(encryptionKey);
  }

  private static byte[] encryptionKeyBytes(String key) {
    String problem = "qualcat.verification.encryption-key (QUALCAT_ENCRYPTION_KEY) must be set to "
        + ENCRYPTION_KEY_BYTES + " random bytes in base64 (openssl rand -base64 32)";
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(problem);
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(key.strip());
      if (bytes.length != ENCRYPTION_KEY_BYTES) {
        throw new IllegalStateException(problem);
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      // not base64; the exception's message would quote the key's characters, so it is not chained
      throw new IllegalStateException(problem);
    }
  }

  @Override
  public String toString() {
    return "VerificationSettings[register=" + register + "]";
  }
}
