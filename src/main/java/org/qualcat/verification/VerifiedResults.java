package org.qualcat.verification;

import java.util.Optional;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.employer.Organisation;
import org.qualcat.system.Published;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified results by their verification code, for processes that rest on a result instead of verifying again (a
 * title application, ADR 0028 decision 2). A result is found only for whoever follows its case ({@link Caller}): the
 * holder who submitted it, or the current HR staff of the organisation that did; a case that adopted the result
 * (notice IV.3) counts for whoever follows that case.
 */
@Published
@Service
@Transactional(readOnly = true)
public class VerifiedResults {

  private final VerificationCaseRepository cases;

  VerifiedResults(VerificationCaseRepository cases) {
    this.cases = cases;
  }

  /**
   * The VERIFIED result with {@code code} that {@code user} follows, as HR staff of {@code employer} (null: as the
   * holder); empty for any other code, as for none.
   */
  public Optional<VerifiedResult> followedBy(String code, String user, Organisation employer) {
    if (!VerificationCodes.isWellFormed(code) || user == null) {
      return Optional.empty();
    }
    Caller caller = Caller.submitter(user, employer);
    Optional<VerificationCase> holding = cases.findByVerificationCode(code)
        .filter(c -> c.getStatus() == VerificationStatus.VERIFIED);
    Optional<VerificationCase> followed = holding.filter(caller::follows)
        .or(() -> holding.flatMap(original -> cases.findByReusedFromAndStatus(original.getReference(),
            VerificationStatus.VERIFIED).stream().filter(caller::follows).findFirst()));
    return followed.map(c -> of(c, code));
  }

  private static VerifiedResult of(VerificationCase c, String code) {
    boolean inBeijing = c.isEmployedInBeijing() && c.getEmployerRegion() == EmployerRegion.BEIJING
        && !Boolean.FALSE.equals(c.getEmploymentConfirmed());
    return new VerifiedResult(c.getReference(), code, c.getQualificationCode(), c.getHolderName(), c.getEmployerId(),
        c.getEmployerName(), c.getEmployerRegion(), inBeijing, c.getResultIssuedAt(), c.isSampleData());
  }
}
