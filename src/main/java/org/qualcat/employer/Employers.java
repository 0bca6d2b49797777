package org.qualcat.employer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.qualcat.audit.AuditTrail;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PlainText;
import org.qualcat.system.Published;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers and their HR staff (notice Attachment 2: employers apply; I.(II)2–3: employers recommend and appoint).
 * The bureau's administrators register an organisation and name its HR users; an HR user belongs to one organisation,
 * is in group {@value Roles#EMPLOYERS} and in no other of Qualcat's groups. Every change is in the audit trail, in the
 * transaction that makes it, with the identity service's membership.
 */
@Service
@Published
@Transactional
public class Employers {

  private final EmployerRepository employers;
  private final EmployerMemberRepository members;
  private final IdentityService identity;
  private final StaffDirectory directory;
  private final AuditTrail audit;
  private final Clock clock;

  Employers(EmployerRepository employers, EmployerMemberRepository members, IdentityService identity,
      StaffDirectory directory, AuditTrail audit, Clock clock) {
    this.employers = employers;
    this.members = members;
    this.identity = identity;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** An organisation to register: the JSON body of {@code POST /api/employers} and the administrators' form. */
  @Schema(description = "An organisation to register as an employer")
  public record Registration(
      @Schema(description = "Unified social credit code (18 characters, GB 32100-2015; blanks are ignored)",
          example = "91110105MA01QC4T79") String creditCode,
      @Schema(description = "The organisation's registered name", example = "Beijing Jinrong Asset Management Co., "
          + "Ltd.") String name,
      @Schema(description = EmployerRegion.MEANINGS, example = "BEIJING") EmployerRegion region) {

    /** Personal data aside, the code says which organisation: safe to log. */
    @Override
    public String toString() {
      return "Registration[" + creditCode + "]";
    }
  }

  /** One of an organisation's HR users, with their name as people read it. */
  @Schema(description = "An HR user of an employer")
  public record Member(@Schema(description = "User id", example = "hr1") String userId,
      @Schema(description = "Name", example = "Wu Fang") String name) {
  }

  /**
   * Registers an organisation. Refused (400, by field) without a valid credit code, a plain name or a region, or
   * when the code's registering authority is in another of the three regions; 409 when the code is registered.
   */
  public Organisation register(Registration registration, String by) {
    if (registration == null) {
      throw new InvalidInputException("body", "must be given");
    }
    List<FieldError> errors = new ArrayList<>();
    String code = CreditCode.normalise(registration.creditCode());
    if (code == null || code.isEmpty()) {
      errors.add(FieldError.coded("creditCode", "validation.NotBlank", "must be given"));
    } else if (!CreditCode.isValid(code)) {
      errors.add(FieldError.coded("creditCode", "validation.creditCode",
          "must be an 18-character unified social credit code with its check character"));
    }
    // checked as given (a line break is refused, not folded into a blank), then its blanks collapsed
    String given = registration.name() == null ? "" : registration.name().strip();
    String name = given.replaceAll(" {2,}", " ");
    if (name.isEmpty()) {
      errors.add(FieldError.coded("name", "validation.NotBlank", "must be given"));
    } else if (name.length() > 300) {
      errors.add(FieldError.coded("name", "validation.Size", "must have at most 300 characters", 300));
    } else if (PlainText.Rules.problem(given, false) != null) {
      errors.add(FieldError.coded("name", "validation.PlainText", PlainText.Rules.problem(given, false)));
    }
    if (registration.region() == null) {
      errors.add(FieldError.coded("region", "validation.NotNull", "must be given"));
    } else if (errors.stream().noneMatch(e -> e.field().equals("creditCode"))
        && CreditCode.registeredIn(code).filter(r -> r != registration.region()).isPresent()) {
      errors.add(FieldError.coded("region", "validation.creditCodeRegion",
          "contradicts creditCode: the code was issued in another region", CreditCode.registeredIn(code).get()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    employers.findByCreditCode(code).ifPresent(existing -> {
      throw new ConflictException("An employer with credit code " + code + " is registered already",
          "employer.registered", code);
    });
    Employer created = employers.save(new Employer(code, name, registration.region(), clock.instant(), by));
    audit.decision(EmployerAuditActions.EMPLOYER_REGISTERED, code, registration.region().name());
    return created.organisation();
  }

  /**
   * Makes {@code userId} one of the organisation's HR users and a member of group {@value Roles#EMPLOYERS}. The user
   * must exist and hold no other of Qualcat's roles (staff do not submit cases for an employer); naming a member
   * again changes nothing; a member of another organisation is refused (409).
   */
  public Organisation addMember(String creditCode, String userId, String by) {
    Employer employer = employer(creditCode);
    String user = userId == null ? "" : userId.strip();
    if (user.isEmpty() || identity.createUserQuery().userId(user).count() == 0) {
      throw new InvalidInputException(List.of(FieldError.coded("userId", "employer.noSuchUser",
          "is no user of the platform: create the user first")));
    }
    List<String> otherRoles = Roles.ALL.stream().filter(group -> !group.equals(Roles.EMPLOYERS))
        .filter(group -> directory.isMember(user, group)).toList();
    if (!otherRoles.isEmpty()) {
      throw new InvalidInputException(List.of(FieldError.coded("userId", "employer.otherRole",
          "holds another role on the platform; an employer's HR staff need an account of their own")));
    }
    Optional<EmployerMember> existing = members.findById(user);
    if (existing.isPresent()) {
      if (existing.get().getEmployer().getId().equals(employer.getId())) {
        return employer.organisation();
      }
      throw new ConflictException("User " + user + " is an HR user of another employer", "employer.memberElsewhere",
          user);
    }
    members.save(new EmployerMember(user, employer, clock.instant(), by));
    if (!directory.isMember(user, Roles.EMPLOYERS)) {
      identity.createMembership(user, Roles.EMPLOYERS);
    }
    audit.decision(EmployerAuditActions.EMPLOYER_MEMBER_ADDED, employer.getCreditCode(), "user " + user);
    return employer.organisation();
  }

  /** Ends {@code userId}'s work for the organisation: no longer an HR user, no longer in the group. */
  public void removeMember(String creditCode, String userId, String by) {
    Employer employer = employer(creditCode);
    EmployerMember member = members.findById(userId == null ? "" : userId.strip())
        .filter(m -> m.getEmployer().getId().equals(employer.getId()))
        .orElseThrow(() -> new NotFoundException("no HR user " + userId + " of employer " + creditCode));
    members.delete(member);
    if (directory.isMember(member.getUserId(), Roles.EMPLOYERS)) {
      identity.deleteMembership(member.getUserId(), Roles.EMPLOYERS);
    }
    audit.decision(EmployerAuditActions.EMPLOYER_MEMBER_REMOVED, employer.getCreditCode(),
        "user " + member.getUserId() + ", by " + by);
  }

  /** The organisation {@code userId} works for as HR staff, if any: the one rule of what an HR user may see. */
  @Transactional(readOnly = true)
  public Optional<Organisation> organisationOf(String userId) {
    return userId == null ? Optional.empty()
        : members.findById(userId).map(EmployerMember::getEmployer).map(Employer::organisation);
  }

  /** The user ids of an organisation's HR staff, by id (the candidates of its tasks). */
  @Transactional(readOnly = true)
  public List<String> memberIds(Long employerId) {
    return employers.findById(employerId).map(members::findByEmployerOrderByUserId).orElse(List.of()).stream()
        .map(EmployerMember::getUserId).toList();
  }

  /** An organisation by its number in Qualcat. */
  @Transactional(readOnly = true)
  public Optional<Organisation> byId(Long id) {
    return id == null ? Optional.empty() : employers.findById(id).map(Employer::organisation);
  }

  /** Every registered organisation, by name. */
  @Transactional(readOnly = true)
  public List<Organisation> all() {
    return employers.findAll(Sort.by("name")).stream().map(Employer::organisation).toList();
  }

  /** One organisation by its credit code (given in any case, with or without blanks). */
  @Transactional(readOnly = true)
  public Organisation byCreditCode(String creditCode) {
    return employer(creditCode).organisation();
  }

  /** An organisation's HR users, by id. */
  @Transactional(readOnly = true)
  public List<Member> members(String creditCode) {
    return members.findByEmployerOrderByUserId(employer(creditCode)).stream()
        .map(m -> new Member(m.getUserId(), directory.name(m.getUserId()))).toList();
  }

  private Employer employer(String creditCode) {
    String code = CreditCode.normalise(creditCode);
    return (code == null ? Optional.<Employer>empty() : employers.findByCreditCode(code))
        .orElseThrow(() -> new NotFoundException("no employer " + creditCode));
  }
}
