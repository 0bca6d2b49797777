package org.qualcat.verification;

import java.time.Instant;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.system.Published;

/**
 * A verified result as another process rests on it (a title application, ADR 0028 decision 2): the case that holds
 * it, its code, the qualification, the holder, and the employment it records. {@code employedInBeijing} is true only
 * when the case states employment in Beijing with a Beijing employer and no verifier found it not shown.
 * {@code employerId} is the registered organisation that submitted the case (null for a holder's own case).
 */
@Published
public record VerifiedResult(String caseReference, String verificationCode, String qualificationCode,
    String holderName, Long employerId, String employerName, EmployerRegion employerRegion, boolean employedInBeijing,
    Instant issuedAt, boolean sampleData) {
}
