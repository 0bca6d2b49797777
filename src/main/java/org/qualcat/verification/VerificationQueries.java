package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import org.qualcat.process.BureauTime;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
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
import org.qualcat.bureau.Bureau;
import org.qualcat.bureau.Bureaus;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
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
 * The read side of verification cases. Applicants see their own cases only (another's answers "not found");
 * verification officers their bureaus' ({@link Caller#readableCases}), with the holder's full document number.
 */
@Service
@Transactional(readOnly = true)
class VerificationQueries {

  private final VerificationCaseRepository cases;
  private final VerificationEventRepository events;
  private final CatalogInForce catalog;
  private final VerificationCodes codes;
  private final ResultStatements statements;
  private final ApplicationMaterials materials;
  private final MessageSource messages;
  private final Bureaus bureaus;

  VerificationQueries(VerificationCaseRepository cases, VerificationEventRepository events,
      CatalogInForce catalog, VerificationCodes codes, ResultStatements statements,
      ApplicationMaterials materials, MessageSource messages, Bureaus bureaus) {
    this.bureaus = bureaus;
    this.cases = cases;
    this.events = events;
    this.catalog = catalog;
    this.codes = codes;
    this.statements = statements;
    this.materials = materials;
    this.messages = messages;
  }

  /**
   * Filters of the list; staff may narrow by any, within what the caller reads ({@link Caller#readableCases}: a
   * holder's own cases, an organisation's for its HR staff).
   */
  public record CaseFilter(VerificationStatus status, String qualificationCode, String applicant) {
  }

  PageView<CaseSummary> list(Caller caller, CaseFilter filter, Pageable pageable) {
    Specification<VerificationCase> filtered = (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (filter.applicant() != null && !filter.applicant().isBlank()) {
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
    Page<VerificationCase> page = cases.findAll(caller.readableCases().and(filtered),
        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
    Map<String, Listing> names = catalog.listings(page.getContent().stream()
        .map(VerificationCase::getQualificationCode).distinct().toList());
    return PageView.of(page, c -> summary(c, names.containsKey(c.getQualificationCode())
        ? names.get(c.getQualificationCode())
        : catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null), caller));
  }

  CaseView view(String reference, Caller caller) {
    VerificationCase c = readable(reference, caller);
    Listing q = catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null);
    List<Event> history = events.findByVerificationCaseOrderById(c).stream()
        .filter(e -> caller.isCaseOfficer() || e.getKind().isShownToApplicant())
        .map(e -> {
          Text note = note(e.getNote());
          return new Event(e.getOccurredAt(), text("verification.event." + e.getKind().name(), e.getKind().name()),
              note == null ? null : note.en(), note == null ? null : note.zh(),
              caller.isCaseOfficer() ? e.getActor() : null);
        })
        .toList();
    List<Benefit> benefits = c.getBenefits().stream()
        .map(b -> new Benefit(b.name(), b.noticeSection(), message(b.messageKey(), Locale.ENGLISH),
            message(b.messageKey(), Locale.CHINESE)))
        .toList();
    return new CaseView(c.getReference(), c.getStatus(), step(c), c.getQualificationCode(), nameEn(c, q),
        nameZh(c, q), c.getCertificateNumber(), c.getCertificateIssuedOn(), c.getHolderName(),
        c.getHolderNationality(), caller.seesDocumentNumbers() ? c.getHolderDocumentNumber()
            : mask(c.getHolderDocumentNumber()),
        c.getEmployerName(), c.getEmployerRegion(), bureauOf(c), c.isEmployedInBeijing(), c.getEmploymentConfirmed(),
        c.getApplicant(), c.getSubmittedAt(),
        c.getEta(), dueOn(c), c.isOverdue(), c.getSupplementRequest(), c.getSupplementDueOn(),
        c.getClosingReason() == null ? null
            : text("verification.reason." + c.getClosingReason().name(), c.getClosingReason().name()),
        c.getClosingNote(), codes.of(c),
        c.getResultIssuedAt() == null ? null : LocalDate.ofInstant(c.getResultIssuedAt(), BureauTime.ZONE),
        c.getReusedFrom(), c.getEditionCode(), editionName(c), c.isSampleData(), benefits, statements.of(c), materials.of(c), history,
        recommendationOf(c));
  }

  /**
   * Answers a verification code anonymously; unknown and malformed codes are simply not authentic. Says which edition
   * the result was decided under, and whether the edition in force still lists the qualification (a removal does not
   * reach back: the result stays valid).
   */
  public CodeCheck check(String code) {
    Optional<VerificationCase> issued = VerificationCodes.isWellFormed(code)
        ? cases.findByVerificationCode(code) : Optional.empty();
    if (issued.isEmpty() || issued.get().getStatus() != VerificationStatus.VERIFIED) {
      return new CodeCheck(code, false, null, null, null, null, null, null, null, false, null, null);
    }
    VerificationCase c = issued.get();
    Listing decidedUnder = catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null);
    boolean removed = catalog.listing(c.getQualificationCode()).isEmpty();
    return new CodeCheck(code, true, c.getQualificationCode(), nameEn(c, decidedUnder), nameZh(c, decidedUnder),
        LocalDate.ofInstant(c.getResultIssuedAt(), BureauTime.ZONE), removed, c.getEditionCode(),
        editionName(c), c.isSampleData(), c.isSampleData() ? statements.sampleData() : null, statements.disclaimer());
  }



  /**
   * One application material of a case, with its bytes, for the case's applicant and the verification officers only
   * (anyone else: "not found", as for the case itself).
   */
  ApplicationMaterials.File material(String reference, String id, Caller caller) {
    return materials.file(readable(reference, caller), id);
  }

  /** Where the employer's recommendation for talent introduction stands (null: never asked; notice I.(II)2). */
  @io.swagger.v3.oas.annotations.media.Schema(description = "The employer's recommendation for talent introduction "
      + "(notice I.(II)2), once asked for")
  public record RecommendationView(
      @io.swagger.v3.oas.annotations.media.Schema(description = "REQUESTED, RECOMMENDED, NOT_RECOMMENDED or LAPSED",
          example = "RECOMMENDED") Recommendation status,
      @io.swagger.v3.oas.annotations.media.Schema(description = "The contributions on duty stated with a "
          + "recommendation", example = "Led the launch of the fund's Beijing office.") String note,
      Instant at) {
  }

  private static RecommendationView recommendationOf(VerificationCase c) {
    return c.getRecommendation() == null ? null
        : new RecommendationView(c.getRecommendation(), c.getRecommendationNote(), c.getRecommendationAt());
  }

  /** A qualification the portal offers for a new case: code and names. */
  public record QualificationOption(String code, String nameEn, String nameZh) {
  }

  /** The qualifications of the edition in force: the only ones a case can be opened for. */
  List<QualificationOption> listedQualifications() {
    return catalog.all().stream()
        .map(q -> new QualificationOption(q.code(), q.details().nameEn(), q.details().nameZh()))
        .sorted(Comparator.comparing(QualificationOption::code))
        .toList();
  }

  private VerificationCase readable(String reference, Caller caller) {
    return cases.findByReference(reference).filter(caller::mayRead)
        .orElseThrow(() -> new NotFoundException("no verification case " + reference));
  }

  private CaseSummary summary(VerificationCase c, Listing q, Caller caller) {
    return new CaseSummary(c.getReference(), c.getStatus(), step(c), c.getQualificationCode(), nameEn(c, q),
        nameZh(c, q), c.getSubmittedAt(), dueOn(c), c.isOverdue(),
        caller.isCaseOfficer() || caller.isEmployer() ? c.getApplicant() : null,
        c.isSampleData(), caller.isCaseOfficer() || caller.isEmployer() ? c.getHolderName() : null);
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

  private Text bureauOf(VerificationCase c) {
    Bureau bureau = bureaus.of(c.getEmployerRegion());
    return new Text(bureau.tenantId(), bureau.nameEn(), bureau.nameZh());
  }

  private static LocalDate dueOn(VerificationCase c) {
    return switch (c.getStatus()) {
      case SUPPLEMENT_REQUESTED -> c.getSupplementDueOn();
      case IN_VERIFICATION -> c.getEta();
      default -> null;
    };
  }

  /**
   * The sentences the platform writes into a case's timeline (in English, {@link CaseSteps} and {@link VerificationDecisions}), each with the
   * message that says it in Chinese; what the pattern captures (a date, a reference, a code, a region) fills it in.
   */
  private static final Map<Pattern, String> RECORDED_NOTES = recordedNotes(
      "Result expected by (\\S+)\\.", "accepted",
      "The evidence shows personnel and labor relations with an employer in Beijing\\.", "employmentConfirmed",
      "The evidence does not show personnel and labor relations with an employer in Beijing: the services that "
          + "need them are not part of the result\\.", "employmentNotShown",
      "The issuing body confirmed the certificate\\.", "issuerConfirmed",
      "Verification code issued\\.", "codeIssued",
      "None under sections I-III of the notice\\.", "noBenefits",
      "(\\d+) \\(notice (.+)\\); see the result\\.", "benefits",
      "The result is due on (\\S+)\\.", "etaReminder",
      "The ETA (\\S+) passed; escalated to the verifiers' queue\\.", "escalated",
      "Qualification (\\S+) was removed from the catalog while the case was open\\.", "qualificationRemoved",
      "The supplement requested was due on (\\S+) and did not arrive\\.", "supplementMissing",
      "Verified before as (\\S+) \\((\\w+)\\); the result and its verification code are reused\\.", "earlierResult",
      "Recognised by case (\\S+) \\((\\w+)\\) without a second verification\\.", "recognised",
      "Qualification (\\S+) is not in the catalog; only listed qualifications can be verified\\.", "notListed",
      "Qualification (\\S+) is not listed by the edition of the catalog in force yet \\(it may be nominated, or "
          + "decided into an edition not yet published\\)\\.", "notYetListed",
      "Qualification (\\S+) has been removed from the catalog; new cases cannot be opened\\.", "removedBefore",
      "The register of (.+) has no such certificate \\(simulated\\)\\.", "registerNotFound",
      "The register of (.+) lists the certificate \\(simulated\\)\\.", "registerFound");

  private static Map<Pattern, String> recordedNotes(String... patternsAndKeys) {
    Map<Pattern, String> notes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < patternsAndKeys.length; i += 2) {
      notes.put(Pattern.compile(patternsAndKeys[i]), "verification.note." + patternsAndKeys[i + 1]);
    }
    return notes;
  }

  /**
   * A timeline note in both languages: a sentence the platform wrote, said in English and Chinese (a region by its
   * name); a note a person wrote (a supplement request, a refusal, the applicant's answer) as it was written. Null when
   * there is no note.
   */
  Text note(String recorded) {
    if (recorded == null) {
      return null;
    }
    for (Map.Entry<Pattern, String> sentence : RECORDED_NOTES.entrySet()) {
      java.util.regex.Matcher m = sentence.getKey().matcher(recorded);
      if (m.matches()) {
        String key = sentence.getValue();
        return new Text(key, say(key, m, recorded, Locale.ENGLISH), say(key, m, recorded, Locale.CHINESE));
      }
    }
    return new Text(null, recorded, recorded);
  }

  private String say(String key, java.util.regex.Matcher sentence, String recorded, Locale locale) {
    Object[] args = new Object[sentence.groupCount()];
    for (int g = 1; g <= sentence.groupCount(); g++) {
      String value = sentence.group(g);
      args[g - 1] = isRegion(value) ? message("verification.region." + value, locale) : value;
    }
    return messages.getMessage(key, args, recorded, locale);
  }

  private static boolean isRegion(String value) {
    return java.util.Arrays.stream(EmployerRegion.values()).anyMatch(r -> r.name().equals(value));
  }

  private Text text(String key, String code) {
    return new Text(code, message(key, Locale.ENGLISH), message(key, Locale.CHINESE));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** The name of the edition a case was decided under ("2025 Edition"). */
  private String editionName(VerificationCase c) {
    return c.getEditionCode() == null ? null : catalog.editionName(c.getEditionCode()).orElse(c.getEditionCode());
  }

  private static String nameEn(VerificationCase c, Listing q) {
    return q == null ? c.getQualificationCode() : q.details().nameEn();
  }

  private static String nameZh(VerificationCase c, Listing q) {
    return q == null ? c.getQualificationCode() : q.details().nameZh();
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
