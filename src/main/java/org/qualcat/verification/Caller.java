package org.qualcat.verification;

import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as far as verification cases care: applicants see their own cases only; verification officers
 * ({@link Access#CASE_OFFICERS}) see all, with the holder's full document number.
 */
record Caller(String user, Set<String> groups) {

  static Caller of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return new Caller(null, Set.of());
    }
    Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .map(Roles::group).filter(g -> g != null).collect(Collectors.toUnmodifiableSet());
    return new Caller(authentication.getName(), groups);
  }

  /** Verification officers read every case (least privilege: other staff have no need to). */
  boolean isCaseOfficer() {
    return groups.stream().anyMatch(Access.CASE_OFFICERS::contains);
  }

  boolean isApplicant() {
    return groups.contains(Roles.APPLICANTS);
  }

  /**
   * Only verification officers, who compare the document with the certificate, see the holder's document number in
   * full; everyone else (applicants, other staff, administrators) sees it masked.
   */
  boolean seesDocumentNumbers() {
    return groups.contains(Roles.VERIFIERS);
  }

  /** Whether reading {@code applicant}'s case is a staff member's access to someone else's data (audited). */
  boolean isStaffReadingCaseOf(String applicant) {
    return isCaseOfficer() && (user == null || !user.equals(applicant));
  }

  boolean mayRead(VerificationCase verificationCase) {
    return isCaseOfficer() || (user != null && user.equals(verificationCase.getApplicant()));
  }
}
