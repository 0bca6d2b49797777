package org.qualcat.verification;

import java.time.LocalDate;
import org.qualcat.system.Published;

/**
 * A professional title granted on a verified result, as the holder's result page shows it: the title application's
 * reference, the level ({@code INTERMEDIATE}, {@code DEPUTY_SENIOR}, {@code SENIOR}: message key
 * {@code titleRank.<level>}), the professional series and the day of the grant.
 */
@Published
public record GrantedTitle(String applicationReference, String level, String series, LocalDate grantedOn) {
}
