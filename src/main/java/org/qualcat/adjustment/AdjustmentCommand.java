package org.qualcat.adjustment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.system.PlainText;

/** An adjustment as the API takes it: the lists and the title/skill mapping the qualification should have. */
public record AdjustmentCommand(
    @NotBlank @Size(max = 32) String qualificationCode,
    @NotEmpty Set<@NotNull CatalogList> lists,
    @NotNull TitleLevel titleLevel,
    @Size(max = 120) @PlainText String titleSeries,
    @Size(max = 120) @PlainText String skillLevel,
    @NotBlank @Size(max = 4000) @PlainText(multiline = true) String justification,
    @Email @Size(max = 254) String contactEmail) {
}
