package org.qualcat.nomination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.Provenance;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.system.PlainText;

/** A nomination as the API takes it: the qualification, the lists and mapping proposed, and why. */
public record NominationRequest(
    @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2 to 32 capital letters, digits or dashes")
    String code,
    @NotBlank @Size(max = 300) @PlainText String nameEn,
    @NotBlank @Size(max = 200) @PlainText String nameZh,
    @NotBlank @Size(max = 300) @PlainText String issuingBody,
    @NotBlank @Size(max = 120) @PlainText String countryRegion,
    @NotBlank @Size(max = 120) @PlainText String sector,
    @NotEmpty Set<@NotNull CatalogList> lists,
    TitleLevel titleLevel,
    @Size(max = 120) @PlainText String titleSeries,
    @Size(max = 120) @PlainText String skillLevel,
    PracticeField practiceField,
    @NotNull VerificationChannel verificationChannel,
    @Size(max = 2000) @PlainText(multiline = true) String notes,
    @NotBlank @Size(max = 4000) @PlainText(multiline = true) String justification,
    @Email @Size(max = 254) String contactEmail) {

  QualificationDetails details() {
    return new QualificationDetails(nameEn.strip(), nameZh.strip(), issuingBody.strip(), countryRegion.strip(),
        sector.strip(), lists, titleLevel == null ? TitleLevel.NONE : titleLevel, blankToNull(titleSeries),
        blankToNull(skillLevel), practiceField == null ? PracticeField.NONE : practiceField, verificationChannel,
        blankToNull(notes), Provenance.OFFICIAL, null);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
