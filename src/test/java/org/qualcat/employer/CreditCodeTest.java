package org.qualcat.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91110105MA01QC4T79", "91120116MA07QC8K2T"})
  void codesWithTheirCheckCharacterAreValid(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91110105MA01QC4T78", // wrong check character
      "91110105MA01QC4T7", // 17 characters
      "91110105MA01QC4T790", // 19 characters
      "91110105MA01QI4T79", // I is not in the alphabet
      "91110105ma01qc4t79", // stored in capitals: normalise first
      ""})
  void anythingElseIsNot(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void blanksAndSmallLettersAreNormalisedAway() {
    assertThat(CreditCode.normalise(" 9111 0105ma01 qc4t79 ")).isEqualTo("91110105MA01QC4T79");
    assertThat(CreditCode.isValid(CreditCode.normalise("91110105ma01qc4t79"))).isTrue();
  }

  @Test
  void theRegisteringAuthoritySaysTheRegionWhenItIsOneOfTheThree() {
    assertThat(CreditCode.registeredIn("91110105MA01QC4T79")).contains(EmployerRegion.BEIJING);
    assertThat(CreditCode.registeredIn("91120116MA07QC8K2T")).contains(EmployerRegion.TIANJIN);
    assertThat(CreditCode.registeredIn("91130100MA0000000X")).contains(EmployerRegion.HEBEI);
    assertThat(CreditCode.registeredIn("91350100M000100Y43")).as("Fujian: elsewhere").isEmpty();
  }

  /** A valid code for tests: {@code first17} completed with its check character. */
  static String withCheck(String first17) {
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (CreditCode.isValid(first17 + c)) {
        return first17 + c;
      }
    }
    throw new AssertionError("no check character for " + first17);
  }
}
