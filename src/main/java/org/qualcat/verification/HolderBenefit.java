package org.qualcat.verification;

/**
 * What a verified holder may apply for, as the output codes of the decision {@code holder-benefits} (DESIGN.md).
 * Each names the section of the notice that grants it; the plain-language lines (English and Chinese) are the
 * messages {@code verification.benefit.<CODE>} of {@code messages-verification*.properties}.
 */
public enum HolderBenefit {
  WORK_RESIDENCE_CERTIFICATE("I.(I)1"),
  INTERMEDIATE_TITLE("I.(I)2, I.(III)1"),
  SKILL_CERTIFICATE("I.(I)3, I.(III)2"),
  LONG_STAY_VISA("I.(I)4, I.(III)4"),
  WORK_PERMIT_RELAXED("I.(I)5, I.(III)5"),
  OVERSEAS_EXPERIENCE("I.(I)6"),
  EMPLOYER_SUPPORT("I.(I)7"),
  DEPUTY_SENIOR_TITLE("I.(II)1"),
  TALENT_INTRODUCTION("I.(II)2"),
  SENIOR_TITLE_ASSESSMENT("I.(II)3"),
  TALENT_ENDORSEMENT("I.(II)4"),
  TALENT_VISA("I.(II)4"),
  HIGH_LEVEL_TALENT_SERVICES("I.(II)5"),
  SCI_TECH_SUPPORT("I.(II)6"),
  STREAMLINED_EXIT_DOCUMENTS("I.(III)3"),
  TITLE_GRANT_CHANNELS("II"),
  PRACTICE_AUTHORIZATION("III");

  private final String noticeSection;

  HolderBenefit(String noticeSection) {
    this.noticeSection = noticeSection;
  }

  /** The section(s) of the notice that grant this benefit, e.g. "I.(I)4, I.(III)4". */
  public String noticeSection() {
    return noticeSection;
  }

  /** The message key of the plain-language line. */
  public String messageKey() {
    return "verification.benefit." + name();
  }
}
