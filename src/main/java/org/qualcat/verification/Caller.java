package org.qualcat.verification;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.employer.Follower;
import org.qualcat.employer.Organisation;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who is asking, as far as verification cases care: a holder sees the cases they submitted; an employer's HR staff
 * the cases submitted for their organisation ({@code employer}, null for everyone else); verification officers
 * ({@link Access#CASE_OFFICERS}) see the cases of their bureaus ({@code regions}: the employer regions of the bureaus
 * whose staff group they are in, notice IV), with the holder's full document number. {@link Callers} makes one from a
 * signed-in user.
 *
 * <p>What a caller may read is one rule, said twice side by side: {@link #mayRead} for a case in hand (a case is
 * loaded by its reference through the natural-id cache) and {@link #readableCases} for a query (lists). Every page,
 * API answer and PDF goes through one of the two; {@code CallerIT} holds them to the same answers.
 */
record Caller(String user, Set<String> groups, Organisation employer, Set<EmployerRegion> regions) {

  Caller {
    regions = regions == null ? Set.of() : Set.copyOf(regions);
  }

  Caller(String user, Set<String> groups) {
    this(user, groups, null, Set.of());
  }

  Caller(String user, Set<String> groups, Organisation employer) {
    this(user, groups, employer, Set.of());
  }

  /**
   * The caller acting on cases as {@code user}, known by id only (a service called without a request): HR staff when
   * the user works for an organisation ({@link org.qualcat.employer.Employers} keeps that and the group in step).
   */
  static Caller submitter(String user, Organisation employer) {
    return employer == null ? new Caller(user, Set.of(Roles.APPLICANTS))
        : new Caller(user, Set.of(Roles.EMPLOYERS), employer);
  }

  /** Verification officers read their bureaus' cases (least privilege: other staff have no need to). */
  boolean isCaseOfficer() {
    return groups.stream().anyMatch(Access.CASE_OFFICERS::contains);
  }

  boolean isApplicant() {
    return groups.contains(Roles.APPLICANTS);
  }

  /** One of a registered employer's HR staff (a member of group employers without an organisation is not). */
  boolean isEmployer() {
    return employer != null && groups.contains(Roles.EMPLOYERS);
  }

  /** Who submits and follows cases: holders, and HR staff for their organisation. */
  boolean submitsCases() {
    return isApplicant() || isEmployer();
  }

  /** The organisation a case this caller submits is recorded for: theirs, if they are HR staff. */
  Long employerId() {
    return isEmployer() ? employer.id() : null;
  }

  /**
   * Only verification officers, who compare the document with the certificate, see the holder's document number in
   * full; everyone else (applicants, HR staff, other staff, administrators) sees it masked.
   */
  boolean seesDocumentNumbers() {
    return groups.contains(Roles.VERIFIERS);
  }

  /** Whether reading {@code applicant}'s case is a staff member's access to someone else's data (audited). */
  boolean isStaffReadingCaseOf(String applicant) {
    return isCaseOfficer() && (user == null || !user.equals(applicant));
  }

  /** Whether this case is one of this caller's bureaus' to handle: an officer's, of the employer's region. */
  boolean handles(VerificationCase verificationCase) {
    return isCaseOfficer() && regions.contains(verificationCase.getEmployerRegion());
  }

  /** Whether this caller reads the case: verification officers their bureaus'; everyone as {@link #follows}. */
  boolean mayRead(VerificationCase verificationCase) {
    return handles(verificationCase) || follows(verificationCase);
  }

  /**
   * Whether the case is this caller's to follow and act on (withdraw, supplement): a holder's own case is the
   * holder's; a case submitted for an organisation is its current HR staff's, whoever of them submitted it (one who
   * has left the organisation no longer sees it).
   */
  boolean follows(VerificationCase verificationCase) {
    return new Follower(user, isEmployer() ? employer : null)
        .follows(verificationCase.getApplicant(), verificationCase.getEmployerId());
  }

  /** {@link #mayRead} as a query: the cases this caller reads. */
  Specification<VerificationCase> readableCases() {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      if (isCaseOfficer() && !regions.isEmpty()) {
        any.add(root.get("employerRegion").in(regions));
      }
      if (user != null) {
        any.add(cb.and(cb.isNull(root.get("employerId")), cb.equal(root.get("applicant"), user)));
        if (isEmployer()) {
          any.add(cb.equal(root.get("employerId"), employer.id()));
        }
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }
}
