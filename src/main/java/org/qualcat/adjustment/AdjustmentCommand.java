package org.qualcat.adjustment;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.system.PlainText;

/** An adjustment as the API takes it: the lists and the title/skill mapping the qualification should have. */
@Schema(description = "The lists and title/skill mapping a listed qualification should have, and why")
record AdjustmentCommand(
    @Schema(description = "The listed qualification's catalog code", example = "BJ-I-020")
    @NotBlank @Size(max = 32) String qualificationCode,
    @ArraySchema(arraySchema = @Schema(description = "The lists it should be on (all of them, not a change). "
        + CatalogList.MEANINGS, example = "[\"INTERNATIONAL\", \"URGENT\"]"),
        schema = @Schema(description = CatalogList.MEANINGS, example = "URGENT"), minItems = 1, uniqueItems = true)
    @NotEmpty Set<@NotNull CatalogList> lists,
    @Schema(description = TitleLevel.MEANINGS, example = "INTERMEDIATE")
    @NotNull TitleLevel titleLevel,
    @Schema(description = "The professional title series, with a title level", example = "Engineering")
    @Size(max = 120) @PlainText String titleSeries,
    @ArraySchema(arraySchema = @Schema(description = "The title channels it should have (all of them, not a change; "
        + "only with TITLE_ELIGIBLE); left out: unchanged. " + TitleChannel.MEANINGS,
        example = "[\"DIRECT_RECOGNITION\", \"COURSE_EXEMPTION\"]"),
        schema = @Schema(description = TitleChannel.MEANINGS, example = "COURSE_EXEMPTION"), uniqueItems = true)
    Set<@NotNull TitleChannel> titleChannels,
    @Schema(description = "The vocational skill level, if any", example = "Level 1 (senior technician)")
    @Size(max = 120) @PlainText String skillLevel,
    @Schema(description = "Why: the demand or evidence behind the change",
        example = "Project managers holding the PMP are urgently needed for Beijing's infrastructure programmes.")
    @NotBlank @Size(max = 4000) @PlainText(multiline = true) String justification,
    @Schema(description = "Where the requester is told of the decision",
        example = "catalog.secretariat@hrss.beijing.example")
    @Email @Size(max = 254) String contactEmail) {
}
