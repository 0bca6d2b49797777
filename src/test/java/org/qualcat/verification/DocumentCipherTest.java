package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** A thread keeps its cipher: sealing and opening in turn, after a failure too, on one thread and on others. */
  @Test
  void oneThreadSealsAndOpensManyNumbersInTurnEvenAfterAFailure() throws Exception {
    String first = cipher.encrypt("P12345678");
    String second = cipher.encrypt("E98765432");
    byte[] bytes = Base64.getDecoder().decode(first.substring(DocumentCipher.FORMAT.length()));
    bytes[bytes.length - 1] ^= 1;
    String tampered = DocumentCipher.FORMAT + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    assertThat(cipher.decrypt(second)).isEqualTo("E98765432");
    assertThat(cipher.decrypt(first)).isEqualTo("P12345678");
    assertThat(cipher.decrypt(cipher.encrypt("P12345678"))).isEqualTo("P12345678");

    ExecutorService others = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> opened = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String number = "P" + (10_000_000 + i);
        opened.add(others.submit(() -> cipher.decrypt(cipher.encrypt(number))));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(opened.get(i).get()).isEqualTo("P" + (10_000_000 + i));
      }
    } finally {
      others.shutdownNow();
    }
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
