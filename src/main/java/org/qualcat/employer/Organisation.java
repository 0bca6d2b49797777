package org.qualcat.employer;

import io.swagger.v3.oas.annotations.media.Schema;
import org.qualcat.system.Published;

/** An employer as other features see it: what a case submitted by its HR staff records about the employment. */
@Published
@Schema(description = "An employer registered on the platform")
public record Organisation(
    @Schema(description = "The organisation's number in Qualcat", example = "1") Long id,
    @Schema(description = "Unified social credit code (GB 32100-2015)", example = "91110105MA01QC4T79")
    String creditCode,
    @Schema(description = "The organisation's registered name", example = "Beijing Jinrong Asset Management Co., Ltd.")
    String name,
    @Schema(description = EmployerRegion.MEANINGS, example = "BEIJING") EmployerRegion region) {
}
