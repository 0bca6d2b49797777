package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualcat.process.References;

/** Small rules of verification cases that need no engine. */
class VerificationRulesTest {

  @Test
  void referencesArePerYearWithSixDigits() {
    assertThat(References.format(VerificationProcess.REFERENCE_PREFIX, 2025, 123, 6)).isEqualTo("BJV-2025-000123");
    assertThat(References.format(VerificationProcess.REFERENCE_PREFIX, 2026, 1_234_567, 6))
        .isEqualTo("BJV-2026-1234567");
  }

  @Test
  void theSimulatedRegisterAnswersDeterministically() {
    SimulatedIssuerRegister register = new SimulatedIssuerRegister();

    assertThat(register.lookUp(query("CFA-123")).found()).isTrue();
    assertThat(register.lookUp(query("cfa-fake-1")).found()).isFalse();
    assertThatThrownBy(() -> register.lookUp(query("OFFLINE-9")))
        .isInstanceOf(IssuerRegister.RegisterUnavailableException.class);
    assertThatThrownBy(() -> new NoIssuerRegister().lookUp(query("CFA-123")))
        .isInstanceOf(IssuerRegister.RegisterUnavailableException.class);
  }

  @Test
  void documentNumbersAreMaskedForApplicants() {
    assertThat(VerificationQueries.mask("P1234567")).isEqualTo("P1••••67");
    assertThat(VerificationQueries.mask("P12")).isEqualTo("••••");
  }

  @Test
  void certificateNumbersCompareWithoutCaseAndRepeatedSpaces() {
    assertThat(CaseFields.normaliseCertificateNumber("  cfa  123 456 ")).isEqualTo("CFA 123 456");
  }

  @Test
  void personalDataStaysOutOfTheTextOfObjects() {
    NewCase request = VerificationFixtures.newCase("BJ-I-001", "CFA-1", "P7654321");
    IssuerRegister.Query query = new IssuerRegister.Query("BJ-I-001", "CFA Institute", "CFA-1",
        LocalDate.of(2019, 9, 1), "Jane Doe");

    assertThat(request.toString()).doesNotContain("P7654321").doesNotContain("Jane");
    assertThat(query.toString()).doesNotContain("Jane");
    assertThat(new CaseForm().toString()).doesNotContain("null null");
  }

  private static IssuerRegister.Query query(String number) {
    return new IssuerRegister.Query("BJ-I-001", "CFA Institute", number, LocalDate.of(2019, 9, 1), "Jane Doe");
  }
}
