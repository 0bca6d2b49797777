package org.qualcat.verification;

/** What an application material is (Attachment 2 of the notice: the certificate and the proof of employment). */
public enum MaterialKind {
  /** A copy of the certificate to be verified: every case has one. */
  CERTIFICATE_COPY,
  /** Proof of personnel and labor relations with the employer: required when employment in Beijing is stated. */
  EMPLOYMENT_PROOF,
  /** Anything else the applicant adds, typically with a supplement. */
  OTHER;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "What the file is (Attachment 2): CERTIFICATE_COPY: a copy of the certificate (every case has "
      + "one); EMPLOYMENT_PROOF: proof of personnel and labor relations with the employer (required when "
      + "employment in Beijing is stated); OTHER: anything else, typically with a supplement.";
}
