package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DocumentCipherTest {

  /** 32 bytes, base64: a key for these tests only. */
  static final String KEY = "Xq6kU2v0m4sW1c9yT3rP8nB5hJ7gF0dL2aZ4eC6iK8o=";
  private static final String OTHER_KEY = "lQ3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9w=";

  private final DocumentCipher cipher = new DocumentCipher(settings(KEY));

  @Test
  void aNumberComesBackAsItWasAndIsNeverStoredAsItself() {
    String sealed = cipher.encrypt("P12345678");

    assertThat(cipher.decrypt(sealed)).isEqualTo("P12345678");
    assertThat(sealed).startsWith(DocumentCipher.FORMAT).doesNotContainIgnoringCase("12345678")
        .hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void theSameNumberIsSealedDifferentlyEachTime() {
    assertThat(cipher.encrypt("P12345678")).isNotEqualTo(cipher.encrypt("P12345678"));
  }

  @Test
  void aTamperedValueOrAnotherKeyFailsWithoutShowingTheValue() {
    String sealed = cipher.encrypt("P12345678");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(DocumentCipher.FORMAT.length()));
    bytes[bytes.length - 1] ^= 1;
    String tampered = DocumentCipher.FORMAT + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(tampered).hasNoCause();
    assertThatThrownBy(() -> new DocumentCipher(settings(OTHER_KEY)).decrypt(sealed))
        .hasMessageContaining("encryption-key").hasNoCause();
    assertThatThrownBy(() -> cipher.decrypt("P12345678")).as("a number stored in the clear is refused")
        .hasMessageNotContaining("P12345678");
  }

  @Test
  void aMissingOrMalformedKeyStopsTheStartWithoutShowingIt() {
    assertThatThrownBy(() -> settings(null)).hasMessageContaining("QUALCAT_ENCRYPTION_KEY");
    assertThatThrownBy(() -> settings("")).hasMessageContaining("QUALCAT_ENCRYPTION_KEY");
    assertThatThrownBy(() -> settings("not base64 at all!")).hasMessageContaining("QUALCAT_ENCRYPTION_KEY")
        .hasMessageNotContaining("base64 at all").hasNoCause();
    assertThatThrownBy(() -> settings(Base64.getEncoder().encodeToString(new byte[16])))
        .as("AES-256 only").hasMessageContaining("32 random bytes");
    assertThat(settings(KEY).toString()).doesNotContain(KEY);
  }

  private static VerificationSettings settings(String key) {
    return new VerificationSettings("a-key-of-sixteen-chars", key, "simulated");
  }
}
