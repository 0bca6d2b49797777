package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;

/** The portal's "new case" form as the browser posts it (text fields), turned into a {@link NewCase}. */
public class CaseForm {

  private String qualificationCode;
  private String certificateNumber;
  private String certificateIssuedOn;
  private String holderName;
  private String holderNationality;
  private String holderDocumentNumber;
  private String employerName;
  private String employerRegion;
  private String employedInBeijing;
  /** Materials uploaded on an earlier attempt of this form, kept (their ids, separated by commas). */
  private String materials;
  private MultipartFile certificateCopy;
  private MultipartFile employmentProof;

  /** The submission, or the fields that cannot even be read (dates, choices). */
  NewCase toNewCase(List<String> materialIds) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate issuedOn = null;
    if (certificateIssuedOn != null && !certificateIssuedOn.isBlank()) {
      try {
        issuedOn = LocalDate.parse(certificateIssuedOn.strip());
      } catch (DateTimeParseException e) {
        errors.add(FieldError.coded("certificateIssuedOn", "validation.date", "must be a date (YYYY-MM-DD)"));
      }
    }
    Nationality nationality = choice(Nationality.class, holderNationality, "holderNationality", errors);
    EmployerRegion region = choice(EmployerRegion.class, employerRegion, "employerRegion", errors);
    Boolean employed = employedInBeijing == null || employedInBeijing.isBlank() ? null
        : Boolean.valueOf("true".equalsIgnoreCase(employedInBeijing.strip()));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NewCase(qualificationCode, certificateNumber, issuedOn, holderName, nationality, holderDocumentNumber,
        employerName, region, employed, materialIds);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.coded(field, "validation.choice", "is not one of the choices"));
      return null;
    }
  }

  /** The ids of the materials kept from an earlier attempt. */
  List<String> keptMaterials() {
    if (materials == null || materials.isBlank()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.stream(materials.split(",")).map(String::strip).filter(t -> !t.isEmpty())
        .limit(ApplicationMaterials.MAX_PER_SUBMISSION).toList());
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public MultipartFile getCertificateCopy() {
    return certificateCopy;
  }

  public void setCertificateCopy(MultipartFile certificateCopy) {
    this.certificateCopy = certificateCopy;
  }

  public MultipartFile getEmploymentProof() {
    return employmentProof;
  }

  public void setEmploymentProof(MultipartFile employmentProof) {
    this.employmentProof = employmentProof;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public void setQualificationCode(String qualificationCode) {
    this.qualificationCode = qualificationCode;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public void setCertificateNumber(String certificateNumber) {
    this.certificateNumber = certificateNumber;
  }

  public String getCertificateIssuedOn() {
    return certificateIssuedOn;
  }

  public void setCertificateIssuedOn(String certificateIssuedOn) {
    this.certificateIssuedOn = certificateIssuedOn;
  }

  public String getHolderName() {
    return holderName;
  }

  public void setHolderName(String holderName) {
    this.holderName = holderName;
  }

  public String getHolderNationality() {
    return holderNationality;
  }

  public void setHolderNationality(String holderNationality) {
    this.holderNationality = holderNationality;
  }

  public String getHolderDocumentNumber() {
    return holderDocumentNumber;
  }

  public void setHolderDocumentNumber(String holderDocumentNumber) {
    this.holderDocumentNumber = holderDocumentNumber;
  }

  public String getEmployerName() {
    return employerName;
  }

  public void setEmployerName(String employerName) {
    this.employerName = employerName;
  }

  public String getEmployerRegion() {
    return employerRegion;
  }

  public void setEmployerRegion(String employerRegion) {
    this.employerRegion = employerRegion;
  }

  public String getEmployedInBeijing() {
    return employedInBeijing;
  }

  public void setEmployedInBeijing(String employedInBeijing) {
    this.employedInBeijing = employedInBeijing;
  }

  @Override
  public String toString() {
    return "CaseForm[" + qualificationCode + "]";
  }
}
