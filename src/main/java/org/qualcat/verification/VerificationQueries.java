package org.qualcat.verification;

import org.qualcat.process.BureauTime;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qualcat.catalog.Qualification;
import org.qualcat.catalog.QualificationRepository;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.qualcat.verification.CaseViews.Benefit;
import org.qualcat.verification.CaseViews.CaseSummary;
import org.qualcat.verification.CaseViews.CaseView;
import org.qualcat.verification.CaseViews.CodeCheck;
import org.qualcat.verification.CaseViews.Event;
import org.qualcat.verification.CaseViews.Text;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of verification cases. Applicants see their own cases only (another's answers "not found"); staff
 * see all; only verification officers see the holder's full document number.
 */
@Service
@Transactional(readOnly = true)
public class VerificationQueries {

  static final String DISCLAIMER = "The verification result certifies the authenticity of the certificate only, not "
      + "the holder's competence or level.";
  /** Verification codes are 22 URL-safe base64 characters (128 random bits). */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

  private final VerificationCaseRepository cases;
  private final VerificationEventRepository events;
  private final QualificationRepository qualifications;
  private final VerificationCases commands;
  private final MessageSource messages;

  VerificationQueries(VerificationCaseRepository cases, VerificationEventRepository events,
      QualificationRepository qualifications, VerificationCases commands, MessageSource messages) {
    this.cases = cases;
    this.events = events;
    this.qualifications = qualifications;
    this.commands = commands;
    this.messages = messages;
  }

  /** Filters of the list; staff may narrow by any, applicants' lists are always their own. */
  public record CaseFilter(VerificationStatus status, String qualificationCode, String applicant) {
  }

  PageView<CaseSummary> list(Caller caller, CaseFilter filter, Pageable pageable) {
    Specification<VerificationCase> where = (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (!caller.isCaseOfficer()) {
        all.add(cb.equal(root.get("applicant"), caller.user()));
      } else if (filter.applicant() != null && !filter.applicant().isBlank()) {
        all.add(cb.equal(root.get("applicant"), filter.applicant().strip()));
      }
      if (filter.status() != null) {
        all.add(cb.equal(root.get("status"), filter.status()));
      }
      if (filter.qualificationCode() != null && !filter.qualificationCode().isBlank()) {
        all.add(cb.equal(root.get("qualificationCode"), filter.qualificationCode().strip().toUpperCase(Locale.ROOT)));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
    Page<VerificationCase> page = cases.findAll(where,
        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
    Map<String, Qualification> names = qualificationsOf(page.getContent());
    return PageView.of(page, c -> summary(c, names.get(c.getQualificationCode()), caller));
  }

  CaseView view(String reference, Caller caller) {
    VerificationCase c = readable(reference, caller);
    Qualification q = qualifications.findById(c.getQualificationCode()).orElse(null);
    List<Event> history = events.findByVerificationCaseOrderById(c).stream()
        .filter(e -> caller.isCaseOfficer() || e.getKind().isShownToApplicant())
        .map(e -> new Event(e.getOccurredAt(), text("verification.event." + e.getKind().name(), e.getKind().name()), e.getNote(),
            caller.isCaseOfficer() ? e.getActor() : null))
        .toList();
    List<Benefit> benefits = c.getBenefits().stream()
        .map(b -> new Benefit(b.name(), b.noticeSection(), message(b.messageKey(), Locale.ENGLISH),
            message(b.messageKey(), Locale.CHINESE)))
        .toList();
    return new CaseView(c.getReference(), c.getStatus(), step(c), c.getQualificationCode(), nameEn(c, q),
        nameZh(c, q), c.getCertificateNumber(), c.getCertificateIssuedOn(), c.getHolderName(),
        c.getHolderNationality(), caller.seesDocumentNumbers() ? c.getHolderDocumentNumber()
            : mask(c.getHolderDocumentNumber()),
        c.getEmployerName(), c.getEmployerRegion(), c.isEmployedInBeijing(), c.getApplicant(), c.getSubmittedAt(),
        c.getEta(), dueOn(c), c.isOverdue(), c.getSupplementRequest(), c.getSupplementDueOn(),
        c.getClosingReason() == null ? null
            : text("verification.reason." + c.getClosingReason().name(), c.getClosingReason().name()),
        c.getClosingNote(), commands.verificationCodeOf(c),
        c.getResultIssuedAt() == null ? null : LocalDate.ofInstant(c.getResultIssuedAt(), BureauTime.ZONE),
        c.getReusedFrom(), benefits, history);
  }

  /** Answers a verification code anonymously; unknown and malformed codes are simply not authentic. */
  public CodeCheck check(String code) {
    Optional<VerificationCase> issued = code != null && CODE.matcher(code).matches()
        ? cases.findByVerificationCode(code) : Optional.empty();
    if (issued.isEmpty() || issued.get().getStatus() != VerificationStatus.VERIFIED) {
      return new CodeCheck(code, false, null, null, null, null, null, null);
    }
    VerificationCase c = issued.get();
    Qualification q = qualifications.findById(c.getQualificationCode()).orElse(null);
    boolean removed = q == null || q.getStatus() == QualificationStatus.REMOVED;
    return new CodeCheck(code, true, c.getQualificationCode(), nameEn(c, q), nameZh(c, q),
        LocalDate.ofInstant(c.getResultIssuedAt(), BureauTime.ZONE), removed, DISCLAIMER);
  }

  /** A qualification the portal offers for a new case: code and names. */
  public record QualificationOption(String code, String nameEn, String nameZh) {
  }

  List<QualificationOption> listedQualifications() {
    return qualifications.findByStatusInOrderByCode(List.of(QualificationStatus.LISTED,
            QualificationStatus.UNDER_RECTIFICATION)).stream()
        .map(q -> new QualificationOption(q.getCode(), q.getDetails().nameEn(), q.getDetails().nameZh()))
        .sorted(Comparator.comparing(QualificationOption::code))
        .toList();
  }

  private VerificationCase readable(String reference, Caller caller) {
    return cases.findByReference(reference).filter(caller::mayRead)
        .orElseThrow(() -> new NotFoundException("no verification case " + reference));
  }

  private CaseSummary summary(VerificationCase c, Qualification q, Caller caller) {
    return new CaseSummary(c.getReference(), c.getStatus(), step(c), c.getQualificationCode(), nameEn(c, q),
        nameZh(c, q), c.getSubmittedAt(), dueOn(c), c.isOverdue(), caller.isCaseOfficer() ? c.getApplicant() : null);
  }

  /** The step a case is at, in plain words. */
  private Text step(VerificationCase c) {
    String code = switch (c.getStatus()) {
      case SUBMITTED -> "AWAITING_ACCEPTANCE";
      case SUPPLEMENT_REQUESTED -> "AWAITING_SUPPLEMENT";
      case IN_VERIFICATION -> c.getCheckChannel() == VerificationChannel.ONLINE_REGISTER
          ? "CHECKING_REGISTER" : "CHECKING_WITH_ISSUER";
      case VERIFIED -> c.getReusedFrom() != null ? "RESULT_REUSED" : "RESULT_ISSUED";
      case NOT_VERIFIED -> "RESULT_ISSUED";
      case REFUSED, WITHDRAWN, CLOSED -> "CLOSED";
    };
    return text("verification.step." + code, code);
  }

  private static LocalDate dueOn(VerificationCase c) {
    return switch (c.getStatus()) {
      case SUPPLEMENT_REQUESTED -> c.getSupplementDueOn();
      case IN_VERIFICATION -> c.getEta();
      default -> null;
    };
  }

  private Text text(String key, String code) {
    return new Text(code, message(key, Locale.ENGLISH), message(key, Locale.CHINESE));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private Map<String, Qualification> qualificationsOf(List<VerificationCase> page) {
    return qualifications.findAllById(page.stream().map(VerificationCase::getQualificationCode).distinct().toList())
        .stream().collect(Collectors.toMap(Qualification::getCode, Function.identity()));
  }

  private static String nameEn(VerificationCase c, Qualification q) {
    return q == null ? c.getQualificationCode() : q.getDetails().nameEn();
  }

  private static String nameZh(VerificationCase c, Qualification q) {
    return q == null ? c.getQualificationCode() : q.getDetails().nameZh();
  }

  /** Shows only the first and last two characters of a document number. */
  static String mask(String documentNumber) {
    if (documentNumber == null || documentNumber.length() <= 4) {
      return "••••";
    }
    return documentNumber.substring(0, 2) + "•".repeat(documentNumber.length() - 4)
        + documentNumber.substring(documentNumber.length() - 2);
  }
}
