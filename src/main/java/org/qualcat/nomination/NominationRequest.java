package org.qualcat.nomination;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.system.PlainText;

/** A nomination as the API takes it: the qualification, the lists and mapping proposed, and why. */
@Schema(description = "A qualification proposed for the catalog: what it is, who issues it, the lists and title "
    + "mapping proposed, and why")
record NominationRequest(
    @Schema(description = "The catalog code proposed for it: 2 to 32 capital letters, digits or dashes; refused "
        + "(409) when it is already listed or nominated", example = "BJ-I-038")
    @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2 to 32 capital letters, digits or dashes")
    String code,
    @Schema(description = "Its name in English", example = "Chartered Financial Planner (Chartered FCSI)")
    @NotBlank @Size(max = 300) @PlainText String nameEn,
    @Schema(description = "Its name in Chinese", example = "英国特许证券与投资协会特许理财师")
    @NotBlank @Size(max = 200) @PlainText String nameZh,
    @Schema(description = "The body that issues it", example = "Chartered Institute for Securities & Investment (CISI)")
    @NotBlank @Size(max = 300) @PlainText String issuingBody,
    @Schema(description = "The issuer's country or region", example = "United Kingdom")
    @NotBlank @Size(max = 120) @PlainText String countryRegion,
    @Schema(description = "The sector it serves", example = "Finance / wealth management")
    @NotBlank @Size(max = 120) @PlainText String sector,
    @ArraySchema(arraySchema = @Schema(description = CatalogList.MEANINGS, example = "[\"INTERNATIONAL\", "
        + "\"TITLE_ELIGIBLE\"]"), schema = @Schema(description = CatalogList.MEANINGS, example = "INTERNATIONAL"),
        minItems = 1, uniqueItems = true)
    @NotEmpty Set<@NotNull CatalogList> lists,
    @Schema(description = TitleLevel.MEANINGS + " Left out: NONE.", example = "INTERMEDIATE")
    TitleLevel titleLevel,
    @Schema(description = "The professional title series it maps to, with a title level",
        example = "Economics (finance)")
    @Size(max = 120) @PlainText String titleSeries,
    @ArraySchema(arraySchema = @Schema(description = "The approaches of notice II by which it leads to a Beijing "
        + "title: only with TITLE_ELIGIBLE. " + TitleChannel.MEANINGS, example = "[\"DIRECT_RECOGNITION\"]"),
        schema = @Schema(description = TitleChannel.MEANINGS, example = "DIRECT_RECOGNITION"), uniqueItems = true)
    Set<@NotNull TitleChannel> titleChannels,
    @Schema(description = "The vocational skill level it maps to, if any", example = "Level 2 (technician)")
    @Size(max = 120) @PlainText String skillLevel,
    @Schema(description = PracticeField.MEANINGS + " Left out: NONE.", example = "FINANCE")
    PracticeField practiceField,
    @Schema(description = VerificationChannel.MEANINGS, example = "ONLINE_REGISTER")
    @NotNull VerificationChannel verificationChannel,
    @Schema(description = "Notes shown with the catalog entry",
        example = "Holders are listed in the CISI online register.")
    @Size(max = 2000) @PlainText(multiline = true) String notes,
    @Schema(description = "Why Beijing needs it: demand, rigour, how it is verified",
        example = "Wealth managers in Beijing's financial sector hold it; the CISI register confirms each holder "
            + "online.")
    @NotBlank @Size(max = 4000) @PlainText(multiline = true) String justification,
    @Schema(description = "Where the nominator is told of the decision", example = "talent.office@hrss.beijing.example")
    @Email @Size(max = 254) String contactEmail) {

  QualificationDetails details() {
    return new QualificationDetails(nameEn.strip(), nameZh.strip(), issuingBody.strip(), countryRegion.strip(),
        sector.strip(), lists, titleLevel == null ? TitleLevel.NONE : titleLevel, blankToNull(titleSeries),
        blankToNull(skillLevel), practiceField == null ? PracticeField.NONE : practiceField, verificationChannel,
        blankToNull(notes), Provenance.OFFICIAL, null, null, null, titleChannels);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
