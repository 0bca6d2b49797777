package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentHasherTest {

  private final DocumentHasher hasher = new DocumentHasher(new VerificationSettings("a-key-of-sixteen-chars", DocumentCipherTest.KEY, null));

  @Test
  void theSameDocumentWrittenDifferentlyHasTheSameHash() {
    assertThat(hasher.hash("p 123-4567")).isEqualTo(hasher.hash("P1234567")).hasSize(64).matches("[0-9a-f]+");
    assertThat(hasher.hash("P1234568")).isNotEqualTo(hasher.hash("P1234567"));
  }

  @Test
  void theHashDependsOnTheKeyAndDoesNotContainTheNumber() {
    DocumentHasher other = new DocumentHasher(new VerificationSettings("another-key-of-16-chars", DocumentCipherTest.KEY, null));

    assertThat(other.hash("P1234567")).isNotEqualTo(hasher.hash("P1234567"));
    assertThat(hasher.hash("P1234567")).doesNotContain("1234567");
  }

  @Test
  void aMissingOrShortKeyStopsTheStartWithoutShowingIt() {
    assertThatThrownBy(() -> new VerificationSettings("short", DocumentCipherTest.KEY, "simulated"))
        .hasMessageContaining("QUALCAT_DOCUMENT_KEY").hasMessageNotContaining("short");
    assertThatThrownBy(() -> new VerificationSettings(null, DocumentCipherTest.KEY, "simulated")).isInstanceOf(IllegalStateException.class);
    assertThat(new VerificationSettings("a-key-of-sixteen-chars", DocumentCipherTest.KEY, null).register()).isEqualTo("none");
    assertThat(new VerificationSettings("a-key-of-sixteen-chars", DocumentCipherTest.KEY, null).toString()).doesNotContain("sixteen");
  }
}
