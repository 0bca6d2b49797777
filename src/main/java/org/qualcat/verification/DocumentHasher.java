package org.qualcat.verification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) of a holder's document number, so that earlier results of the same holder are found
 * without comparing or indexing the number itself. The number is normalised first (upper case, without spaces and
 * dashes), so "p 123-4567" and "P1234567" are the same document.
 */
@Component
class DocumentHasher {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  DocumentHasher(VerificationSettings settings) {
    this.key = new SecretKeySpec(settings.documentKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** The document number as stored and hashed: upper case, without spaces and dashes. */
  static String normalise(String documentNumber) {
    return documentNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** Hex HMAC-SHA256 of the normalised number. */
  String hash(String documentNumber) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(normalise(documentNumber).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
