package org.qualcat.verification;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "A certificate submitted for verification, with the materials uploaded for it")
public record NewCase(
    @Schema(description = "The catalog code of the qualification; one not listed in the edition in force is refused "
        + "(422)", example = "BJ-I-001")
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
        message = "must be a catalog code such as BJ-I-001") String qualificationCode,
    @Schema(description = "The certificate's number as the issuer prints it", example = "CFA-2019-118204")
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]*",
        message = "must be letters, digits, spaces, dots, slashes or dashes, starting with a letter or digit")
    String certificateNumber,
    @Schema(description = "The day the certificate was issued (ISO 8601)", example = "2019-09-16")
    @NotNull LocalDate certificateIssuedOn,
    @Schema(description = "The holder's name as on the certificate", example = "Li Wei")
    @NotBlank @Size(max = 200) @PlainText String holderName,
    @Schema(description = Nationality.MEANINGS, example = "FOREIGN")
    @NotNull Nationality holderNationality,
    @Schema(description = "The holder's passport or ID card number; stored encrypted, shown in full to verifiers only",
        example = "E12345678")
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
        message = "must be letters and digits (spaces and dashes are ignored)") String holderDocumentNumber,
    @Schema(description = "The holder's employer", example = "Beijing Jinrong Asset Management Co., Ltd.")
    @NotBlank @Size(max = 300) @PlainText String employerName,
    @Schema(description = EmployerRegion.MEANINGS, example = "BEIJING")
    @NotNull EmployerRegion employerRegion,
    @Schema(description = "Whether the holder has personnel and labor relations with an employer in Beijing (notice "
        + "I.(I)–(III), IV.2); then EMPLOYMENT_PROOF is required and the employer must be in Beijing", example = "true")
    @NotNull Boolean employedInBeijing,
    @ArraySchema(arraySchema = @Schema(description = "The ids POST /api/verification-cases/materials answered: a "
        + "CERTIFICATE_COPY always, an EMPLOYMENT_PROOF when employment in Beijing is stated",
        example = "[\"q3Zt9VbX1mKcR4pLw8YhJA\", \"Xk2LmP0sQ7vN4bR8tW1yZg\"]"),
        schema = @Schema(description = "A material's id", example = "q3Zt9VbX1mKcR4pLw8YhJA"))
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
