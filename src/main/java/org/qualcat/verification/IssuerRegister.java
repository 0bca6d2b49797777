package org.qualcat.verification;

import java.time.LocalDate;

/**
 * An issuing body's online register, asked whether a certificate exists (qualifications whose verification channel
 * is {@code ONLINE_REGISTER}). Called from an asynchronous service task: an exception is retried by the job executor
 * and ends as an incident for an operator, never as an error in a user's face.
 */
interface IssuerRegister {

  /**
   * Looks the certificate up.
   *
   * @throws RegisterUnavailableException when the register cannot be asked now (retried later)
   */
  Answer lookUp(Query query);

  /** What the register is asked: never the holder's document number. */
  record Query(String qualificationCode, String issuingBody, String certificateNumber, LocalDate issuedOn,
      String holderName) {

    @Override
    public String toString() {
      return "Query[" + qualificationCode + "]";
    }
  }

  /**
   * @param found  the register knows the certificate as given
   * @param detail what the register said, for the case's timeline
   */
  record Answer(boolean found, String detail) {
  }

  /** The register could not be asked (down, timed out, refused us): try again later. */
  class RegisterUnavailableException extends RuntimeException {

    public RegisterUnavailableException(String message) {
      super(message);
    }
  }
}
