package org.qualcat.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qualcat.system.PlainText;

/**
 * A verification case as an applicant submits it (the JSON body of {@code POST /api/verification-cases}, and the
 * portal's form), with the application materials uploaded for it ({@code materials}: the ids
 * {@code POST /api/verification-cases/materials} answered). {@link VerificationCases#submit} validates it; the
 * messages never repeat the value given.
 */
public record NewCase(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
        message = "must be a catalog code such as BJ-I-001") String qualificationCode,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]*",
        message = "must be letters, digits, spaces, dots, slashes or dashes, starting with a letter or digit")
    String certificateNumber,
    @NotNull LocalDate certificateIssuedOn,
    @NotBlank @Size(max = 200) @PlainText String holderName,
    @NotNull Nationality holderNationality,
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
        message = "must be letters and digits (spaces and dashes are ignored)") String holderDocumentNumber,
    @NotBlank @Size(max = 300) @PlainText String employerName,
    @NotNull EmployerRegion employerRegion,
    @NotNull Boolean employedInBeijing,
    List<String> materials) {

  public NewCase {
    // nulls kept (and refused by the check, naming the field) rather than failing here
    materials = materials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(materials));
  }

  /** Personal data stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "NewCase[" + qualificationCode + "]";
  }
}
