package org.qualcat.title;

import static org.qualcat.title.TitleGrantProcess.*;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.employer.Employers;
import org.qualcat.employer.Organisation;
import org.qualcat.process.Bilingual;
import org.qualcat.process.BureauTime;
import org.qualcat.process.FormViews;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.verification.VerifiedResult;
import org.qualcat.verification.VerifiedResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Title applications as holders and HR staff make and follow them (the API and the portal call these). An application
 * is checked whole before anything is kept: the result must be one the applicant follows, record employment in
 * Beijing, and its qualification be on the title-eligible list of the edition in force; the decision table
 * {@code title-channel} gives the route, and a route that leads nowhere is refused in one sentence. Refused
 * applications leave nothing behind.
 */
@Service
@Transactional
public class TitleApplications {

  private final TitleApplicationRepository applications;
  private final TitleEventRepository events;
  private final VerifiedResults results;
  private final CatalogInForce catalog;
  private final Employers employers;
  private final TitleChannelTable table;
  private final References references;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Bilingual words;
  private final TitleMails mails;
  private final AuditTrail audit;
  private final Clock clock;

  TitleApplications(TitleApplicationRepository applications, TitleEventRepository events, VerifiedResults results,
      CatalogInForce catalog, Employers employers, TitleChannelTable table, References references,
      RuntimeService runtime, TaskService tasks, Bilingual words, TitleMails mails, AuditTrail audit, Clock clock) {
    this.applications = applications;
    this.events = events;
    this.results = results;
    this.catalog = catalog;
    this.employers = employers;
    this.table = table;
    this.references = references;
    this.runtime = runtime;
    this.tasks = tasks;
    this.words = words;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /** The answer to an application: its reference and where it stands. */
  @Schema(description = "The title application made")
  public record Applied(@Schema(example = "BJT-2026-000001") String reference,
      @Schema(example = "UNDER_REVIEW") TitleStatus status, @Schema(example = "DIRECT_RECOGNITION") TitleRoute route) {
  }

  /** Makes an application for {@code user} (a holder, or HR staff for their organisation) and starts its process. */
  public Applied apply(NewTitleApplication request, String user) {
    if (request == null) {
      throw new InvalidInputException("body", "must be given");
    }
    List<FieldError> errors = new ArrayList<>();
    NewTitleApplication valid = request.checked(errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Organisation organisation = employers.organisationOf(user).orElse(null);
    VerifiedResult result = results.followedBy(valid.verificationCode(), user, organisation).orElseThrow(() -> refused(
        "verificationCode", "notYours", "is not the code of a verified result of yours (HR staff: of your "
            + "organisation); an application for a title rests on a VERIFIED result"));
    if (!result.employedInBeijing()) {
      throw result.employerRegion() == EmployerRegion.BEIJING
          ? refused("verificationCode", "notEmployedInBeijing", "the result does not show employment with an "
              + "employer in Beijing, which Beijing's titles rest on (notice I)")
          : refused("verificationCode", "otherRegion", "the holder is employed in Tianjin or Hebei; notice IV.3: "
              + "holders employed in the Beijing-Tianjin-Hebei region \"can be directly covered by the corresponding "
              + "talent policies and measures in accordance with relevant regulations\" of their region");
    }
    Listing listing = catalog.listing(result.qualificationCode())
        .filter(l -> l.details().isOn(CatalogList.TITLE_ELIGIBLE))
        .orElseThrow(() -> refused("verificationCode", "notTitleEligible", "the edition in force does not list "
            + "the qualification on the List of International Professional Qualifications Eligible for Beijing's "
            + "Professional and Technical Titles (notice II)"));
    QualificationDetails entry = listing.details();
    String series = series(entry, valid.series());
    TitleRoute route = table.route(entry, valid.level());
    if (route == TitleRoute.NONE) {
      throw entry.titleLevel() == TitleLevel.NONE
          ? refused("level", "noMappedLevel", "the catalog maps the qualification to no title level, so no channel "
              + "of notice II grants one")
          : refused("level", "noChannel", "the catalog entry names no channel of notice II for this title");
    }
    String support = null;
    if (route == TitleRoute.COMMITTEE_EVALUATION) {
      if (organisation == null) {
        throw refused("level", "employerApplies", "a title above the level the catalog maps the qualification to is "
            + "decided by the evaluation committee with the employer's support: the employer's HR staff apply for it");
      }
      if (valid.employerSupport() == null) {
        throw refused("employerSupport", "supportRequired", "must state the employer's support for an application "
            + "above the level the catalog maps the qualification to");
      }
      support = valid.employerSupport();
    }
    List<TitleApplication> open = applications.findByCaseReferenceAndStatusInOrderById(result.caseReference(),
        TitleStatus.OPEN).stream().filter(a -> a.getAppliedLevel() == valid.level()).toList();
    if (!open.isEmpty()) {
      throw new ConflictException("an application for this title on this result is open: "
          + open.get(0).getReference(), "title.refused.openApplication", open.get(0).getReference());
    }
    TitleApplication application = applications.save(new TitleApplication(references.next(REFERENCE_PREFIX, 6),
        user, organisation == null ? null : organisation.id(), result.caseReference(), result.verificationCode(),
        result.qualificationCode(), result.holderName(), series, valid.level(), entry.titleLevel(), route,
        listing.edition().code(), !listing.official() || result.sampleData(), support, clock.instant()));
    record(application, TitleEventKind.APPLIED, null, user);
    audit.decision(TitleAuditActions.TITLE_APPLIED, application.getReference(), "result " + result.caseReference()
        + ", " + valid.level() + " in " + series + ", route " + route);
    mails.received(application, entry);
    runtime.startProcessInstanceByKey(PROCESS_ID, application.getReference(), Variables.createVariables()
        .putValue(VAR_REFERENCE, application.getReference())
        .putValue(VAR_ROUTE, route.name())
        .putValue(VAR_ROUTE_LABEL, words.of("titleRoute", route))
        .putValue(VAR_TITLE_LABEL, FormViews.fit(words.of("titleRank", valid.level()) + " · " + series))
        .putValue(VAR_QUALIFICATION_NAME, FormViews.fit(entry.nameZh() + " / " + entry.nameEn())));
    return new Applied(application.getReference(), application.getStatus(), route);
  }

  /** The series applied in: the catalog's, when it names one (a different one is refused), else the one given. */
  private static String series(QualificationDetails entry, String given) {
    if (entry.titleSeries() == null) {
      if (given == null) {
        throw refused("series", "seriesRequired", "must be given: the catalog names no series for the qualification");
      }
      return given;
    }
    if (given != null && !given.equalsIgnoreCase(entry.titleSeries())) {
      throw refused("series", "otherSeries", "the catalog maps the qualification to the series \""
          + entry.titleSeries() + "\"", entry.titleSeries());
    }
    return entry.titleSeries();
  }

  /** The applicant (or their organisation's HR staff) withdraws an open application. */
  public void withdraw(String reference, TitleReader reader) {
    TitleApplication application = applications.findByReference(reference).filter(reader::follows)
        .orElseThrow(() -> new NotFoundException("no title application " + reference));
    if (!application.getStatus().isOpen()) {
      throw new ConflictException("title application " + reference + " is already closed ("
          + application.getStatus() + ")", "title.refused.closed", reference);
    }
    try {
      runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(reference)
          .setVariable(VAR_DECIDED_BY, reader.user()).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("title application " + reference + " cannot be withdrawn now",
          "title.refused.closed", reference);
    }
  }

  /**
   * Ends the open applications of a qualification that the published edition {@code editionCode} removed from the
   * catalog (message {@code TitleQualificationRemoved}); granted titles stay. Returns the references ended.
   */
  public List<String> endForRemovedQualification(String qualificationCode, String editionCode) {
    List<String> ended = new java.util.ArrayList<>();
    for (TitleApplication application : applications.findByQualificationCodeAndStatusInOrderById(qualificationCode,
        TitleStatus.OPEN)) {
      if (!runtime.createMessageCorrelation(MESSAGE_QUALIFICATION_REMOVED)
          .processInstanceBusinessKey(application.getReference())
          .setVariable(VAR_REMOVED_BY_EDITION, editionCode).correlateAllWithResult().isEmpty()) {
        ended.add(application.getReference());
      }
    }
    return ended;
  }

  /** One application as {@code reader} may read it; "not found" for anyone else. */
  @Transactional(readOnly = true)
  public TitleView view(String reference, TitleReader reader) {
    TitleApplication application = applications.findByReference(reference).filter(reader::mayRead)
        .orElseThrow(() -> new NotFoundException("no title application " + reference));
    return viewOf(application, true);
  }

  /** The applications {@code reader} follows (the title office: the latest 200), newest first. */
  @Transactional(readOnly = true)
  public List<TitleView> list(TitleReader reader) {
    List<TitleApplication> found;
    if (reader.isOfficer()) {
      found = applications.findTop200ByOrderByIdDesc();
    } else if (reader.isEmployer()) {
      found = applications.findByEmployerIdOrderByIdDesc(reader.employer().id());
    } else {
      found = reader.user() == null ? List.of() : applications.findByApplicantAndEmployerIdIsNullOrderByIdDesc(
          reader.user());
    }
    return found.stream().map(a -> viewOf(a, false)).toList();
  }

  void record(TitleApplication application, TitleEventKind kind, String note, String actor) {
    events.save(new TitleEvent(application.getId(), kind, note, actor, clock.instant()));
  }

  private TitleView viewOf(TitleApplication a, boolean withTimeline) {
    Optional<Listing> listing = catalog.listing(a.getEditionCode(), a.getQualificationCode());
    List<TitleView.Event> timeline = withTimeline ? events.findByApplicationIdOrderById(a.getId()).stream()
        .map(e -> new TitleView.Event(e.getKind(), e.getNote(), e.getActor(), e.getOccurredAt())).toList() : null;
    return new TitleView(a.getReference(), a.getCaseReference(), a.getVerificationCode(), a.getQualificationCode(),
        listing.map(l -> l.details().nameEn()).orElse(a.getQualificationCode()),
        listing.map(l -> l.details().nameZh()).orElse(a.getQualificationCode()), a.getHolderName(),
        a.getTitleSeries(), a.getAppliedLevel(), a.getMappedLevel(), a.getRoute(), a.getStatus(),
        a.getStatus().isOpen() ? dueOn(a.getReference()) : null, a.getEmployerSupport(), a.getExemptions(),
        a.getDecisionNote(), a.getGrantedOn(), a.isSampleData(), a.getSubmittedAt(), timeline);
  }

  private LocalDate dueOn(String reference) {
    Task open = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(reference)
        .list().stream().findFirst().orElse(null);
    return open == null || open.getDueDate() == null ? null
        : LocalDate.ofInstant(open.getDueDate().toInstant(), BureauTime.ZONE);
  }

  private static InvalidInputException refused(String field, String code, String english, Object... arguments) {
    return new InvalidInputException(List.of(FieldError.coded(field, "title.refused." + code, english, arguments)));
  }
}
