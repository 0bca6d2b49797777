package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
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
import java.util.Locale;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PlainText;

/**
 * A verification case as an applicant submits it (the JSON body of {@code POST /api/verification-cases}, and the
 * portal's form), with the application materials uploaded for it ({@code materials}: the ids
 * {@code POST /api/verification-cases/materials} answered). {@link VerificationCases#submit} validates it
 * ({@link #checked}); the messages never repeat the value given.
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
    @Schema(description = "The holder's employer (HR staff of a registered employer: ignored, their organisation "
        + "is the employer)", example = "Beijing Jinrong Asset Management Co., Ltd.")
    @NotBlank @Size(max = 300) @PlainText String employerName,
    @Schema(description = EmployerRegion.MEANINGS + " HR staff of a registered employer: ignored, their "
        + "organisation's region counts.", example = "BEIJING")
    @NotNull EmployerRegion employerRegion,
    @Schema(description = "Whether the holder has personnel and labor relations with an employer in Beijing (notice "
        + "I.(I)–(III), IV.2); then EMPLOYMENT_PROOF is required and the employer must be in Beijing. HR staff of a "
        + "registered employer: ignored, true when their organisation is in Beijing", example = "true")
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

  /**
   * This submission stripped, checked and normalised (codes and certificate numbers in capitals, names without
   * repeated blanks): every problem is added to {@code errors} by field, without the value; with problems, the
   * stripped submission as given. The materials named are checked against the uploads by
   * {@link ApplicationMaterials#check}.
   */
  NewCase checked(Validator validator, LocalDate today, List<FieldError> errors) {
    NewCase given = stripped();
    int before = errors.size();
    for (ConstraintViolation<NewCase> violation : validator.validate(given)) {
      errors.add(coded(violation));
    }
    if (given.certificateIssuedOn() != null) {
      CaseFields.checkIssueDate(given.certificateIssuedOn(), today, "certificateIssuedOn", errors);
    }
    String document = given.holderDocumentNumber() == null ? null
        : DocumentHasher.normalise(given.holderDocumentNumber());
    if (document != null && !document.isEmpty() && (document.length() < 5 || document.length() > 20)) {
      errors.add(FieldError.coded("holderDocumentNumber", "validation.documentNumber",
          "must have 5 to 20 letters and digits"));
    }
    if (Boolean.TRUE.equals(given.employedInBeijing()) && given.employerRegion() != null
        && given.employerRegion() != EmployerRegion.BEIJING) {
      // sections I.(I)-(III) and IV.2 need "personnel and labor relations with employers in Beijing"
      errors.add(FieldError.coded("employedInBeijing", "validation.employmentRegion",
          "contradicts employerRegion: employment in Beijing needs an employer in Beijing"));
      errors.add(FieldError.coded("employerRegion", "validation.employmentRegion",
          "contradicts employedInBeijing: employment in Beijing needs an employer in Beijing"));
    }
    if (errors.size() > before) {
      return given;
    }
    return new NewCase(given.qualificationCode().toUpperCase(Locale.ROOT),
        CaseFields.normaliseCertificateNumber(given.certificateNumber()), given.certificateIssuedOn(),
        CaseFields.collapse(given.holderName()), given.holderNationality(), given.holderDocumentNumber(),
        CaseFields.collapse(given.employerName()), given.employerRegion(), given.employedInBeijing(),
        given.materials());
  }

  /**
   * This submission made by the HR staff of a registered organisation for one of its employees: the employer is the
   * organisation as registered (what the form says of it does not count), and the holder is employed where the
   * organisation is.
   */
  NewCase employedBy(String organisation, EmployerRegion region) {
    return new NewCase(qualificationCode, certificateNumber, certificateIssuedOn, holderName, holderNationality,
        holderDocumentNumber, organisation, region, region == EmployerRegion.BEIJING, materials);
  }

  /** Leading and trailing blanks are not part of any field. */
  private NewCase stripped() {
    return new NewCase(CaseFields.strip(qualificationCode), CaseFields.strip(certificateNumber), certificateIssuedOn,
        CaseFields.strip(holderName), holderNationality, CaseFields.strip(holderDocumentNumber),
        CaseFields.strip(employerName), employerRegion, employedInBeijing, materials);
  }

  /**
   * A bean-validation problem with a message key named after its constraint ({@code validation.Size}), so that pages
   * can say it in the reader's language; a size limit passes its maximum.
   */
  private static FieldError coded(ConstraintViolation<?> violation) {
    var constraint = violation.getConstraintDescriptor();
    Object max = constraint.getAttributes().get("max");
    String code = "validation." + constraint.getAnnotation().annotationType().getSimpleName();
    String field = violation.getPropertyPath().toString();
    return max == null ? FieldError.coded(field, code, violation.getMessage())
        : FieldError.coded(field, code, violation.getMessage(), max);
  }

  /** Personal data stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "NewCase[" + qualificationCode + "]";
  }
}
