package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.qualcat.support.TestFiles;
import org.qualcat.system.InvalidInputException;
import org.springframework.util.unit.DataSize;

/** What an upload must be, decided without a database: the repository is a stand-in that counts and saves. */
class ApplicationMaterialsTest {

  private final CaseMaterialRepository repository = mock(CaseMaterialRepository.class);
  private final ApplicationMaterials materials = new ApplicationMaterials(repository, DataSize.ofKilobytes(10), 3,
      Clock.systemUTC());

  @Test
  void theTypeComesFromTheFirstBytes() {
    assertThat(ApplicationMaterials.FileType.of(TestFiles.pdf("x"))).isEqualTo(ApplicationMaterials.FileType.PDF);
    assertThat(ApplicationMaterials.FileType.of(TestFiles.png())).isEqualTo(ApplicationMaterials.FileType.PNG);
    assertThat(ApplicationMaterials.FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01}))
        .isEqualTo(ApplicationMaterials.FileType.JPEG);
    assertThat(ApplicationMaterials.FileType.of(TestFiles.htmlPretendingToBeAPdf())).isNull();
    assertThat(ApplicationMaterials.FileType.of("MZ\u0090".getBytes())).as("a program").isNull();
    assertThat(ApplicationMaterials.FileType.of(new byte[] {'%', 'P'})).as("too short to tell").isNull();
  }

  @Test
  void anUploadOverTheLimitOrOfAnotherTypeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> materials.upload(MaterialKind.CERTIFICATE_COPY, "big.pdf", padded(TestFiles.pdf("x"),
        11 * 1024), "applicant1", "certificateCopy"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo("certificateCopy");
              assertThat(error.code()).isEqualTo("validation.material.size");
            }));
    assertThatThrownBy(() -> materials.upload(MaterialKind.CERTIFICATE_COPY, "c.pdf",
        TestFiles.htmlPretendingToBeAPdf(), "applicant1", "file"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors().get(0).code())
            .isEqualTo("validation.material.type"));
    verify(repository, never()).saveAndFlush(any());
  }

  @Test
  void anApplicantKeepsOnlySoManyFilesUploadedAndNotSubmitted() {
    when(repository.countByUploadedByAndVerificationCaseIsNull("applicant1")).thenReturn(3L);

    assertThatThrownBy(() -> materials.upload(MaterialKind.OTHER, "c.pdf", TestFiles.pdf("x"), "applicant1", "file"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors().get(0).code())
            .isEqualTo("validation.material.pending"));
    verify(repository, never()).saveAndFlush(any());
  }

  private static byte[] padded(byte[] start, int size) {
    byte[] bytes = new byte[size];
    System.arraycopy(start, 0, bytes, 0, start.length);
    return bytes;
  }
}
