package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.PROCESS_ID;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.VAR_ADJUSTMENT_ID;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.nomination.Nominations;
import org.qualcat.catalog.Decision;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.committee.CommitteeResolution;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.CommitteeReviews;
import org.qualcat.notification.Notifications;
import org.qualcat.process.FormViews;
import org.qualcat.process.References;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adjustments of listed qualifications: lists and title/skill mapping, through the committee. */
@Service
@Transactional
public class Adjustments {

  private final AdjustmentRequestRepository adjustments;
  private final CatalogEntries entries;
  private final Catalog catalog;
  private final CommitteeReviews committee;
  private final References references;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final AuditTrail audit;
  private final Clock clock;

  Adjustments(AdjustmentRequestRepository adjustments, CatalogEntries entries, Catalog catalog,
      CommitteeReviews committee, References references, RuntimeService runtime, Notifications notifications,
      StaffDirectory staff, AuditTrail audit, Clock clock) {
    this.adjustments = adjustments;
    this.entries = entries;
    this.catalog = catalog;
    this.committee = committee;
    this.references = references;
    this.runtime = runtime;
    this.notifications = notifications;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  /** Takes an adjustment request and starts {@code catalog-adjustment}; all or nothing. */
  public AdjustmentRequest request(AdjustmentCommand command, String requestedBy) {
    CatalogEntries.Entry qualification = entries.inCatalog(command.qualificationCode())
        .orElseThrow(() -> new InvalidInputException("qualificationCode",
            "names no qualification in the catalog: " + command.qualificationCode()));
    QualificationDetails proposed = proposed(qualification.details(), command.lists(), command.titleLevel(),
        command.titleSeries(), command.skillLevel());
    if (proposed.equals(qualification.details())) {
      throw new InvalidInputException("lists", "and the title and skill mapping are what the catalog already says; "
          + "the adjustment changes nothing");
    }
    adjustments.findFirstByQualificationCodeAndStatus(command.qualificationCode(), AdjustmentStatus.UNDER_REVIEW)
        .ifPresent(open -> {
          throw new ConflictException("an adjustment of " + command.qualificationCode() + " is already under review ("
              + open.getReference() + ")");
        });
    String contact = command.contactEmail() != null && !command.contactEmail().isBlank()
        ? command.contactEmail().strip()
        : staff.emailOf(requestedBy).orElseThrow(() -> new InvalidInputException("contactEmail",
            "is required: your account has no mail address"));
    AdjustmentRequest adjustment = adjustments.save(new AdjustmentRequest(references.next("ADJ", 4),
        qualification.code(), command.lists(), command.titleLevel(), blankToNull(command.titleSeries()),
        blankToNull(command.skillLevel()), command.justification().strip(), requestedBy, contact, clock.instant()));
    var process = runtime.startProcessInstanceByKey(PROCESS_ID, adjustment.getReference(), Map.of(
        VAR_ADJUSTMENT_ID, adjustment.getId(),
        CommitteeReviewProcess.VAR_QUALIFICATION_CODE, qualification.code(),
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, FormViews.fit(qualification.details().nameEn()),
        CommitteeReviewProcess.VAR_PROPOSAL, FormViews.fit(change(qualification.details(), proposed)
            + " Justification: " + adjustment.getJustification())));
    adjustment.started(process.getId());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_REQUESTED, adjustment.getReference(), "qualification "
        + qualification.code());
    return adjustment;
  }

  /** Approved: the draft edition takes the change. */
  public void apply(long id, String processInstanceId) {
    AdjustmentRequest adjustment = adjustment(id);
    QualificationDetails current = entries.find(adjustment.getQualificationCode())
        .orElseThrow(() -> new NotFoundException("no qualification " + adjustment.getQualificationCode()))
        .details();
    QualificationDetails proposed = proposed(current, adjustment.getLists(), adjustment.getTitleLevel(),
        adjustment.getTitleSeries(), adjustment.getSkillLevel());
    CommitteeResolution resolution = committee.lastResolution(adjustment.getReference()).orElse(null);
    catalog.revise(adjustment.getQualificationCode(), proposed, new Decision(adjustment.getReference(),
        processInstanceId, "Adjusted on request " + adjustment.getReference() + " by decision of the Catalog "
        + "Committee: " + change(current, proposed), resolution == null ? "committee" : resolution.getDecidedBy(),
        clock.instant()));
    adjustment.close(AdjustmentStatus.APPLIED, clock.instant());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_APPLIED, adjustment.getReference(),
        adjustment.getQualificationCode() + ": " + change(current, proposed));
    mail(adjustment, "adjustment-applied", "");
  }

  public void reject(long id) {
    AdjustmentRequest adjustment = adjustment(id);
    adjustment.close(AdjustmentStatus.REJECTED, clock.instant());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_REJECTED, adjustment.getReference(), "qualification "
        + adjustment.getQualificationCode());
    mail(adjustment, "adjustment-rejected", committee.lastResolution(adjustment.getReference())
        .map(CommitteeResolution::getResolution).orElse(""));
  }

  @Transactional(readOnly = true)
  public AdjustmentRequest byReference(String reference) {
    return adjustments.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no adjustment " + reference));
  }

  AdjustmentRequest adjustment(long id) {
    return adjustments.findById(id).orElseThrow(() -> new NotFoundException("no adjustment " + id));
  }

  static QualificationDetails proposed(QualificationDetails current, java.util.Set<org.qualcat.catalog.CatalogList> lists,
      org.qualcat.catalog.TitleLevel level, String series, String skill) {
    return current.withLists(lists).withTitleMapping(level, blankToNull(series), blankToNull(skill));
  }

  /** The change in one sentence, for the committee, the public notice and the change log. */
  static String change(QualificationDetails from, QualificationDetails to) {
    StringBuilder text = new StringBuilder();
    if (!from.lists().equals(to.lists())) {
      text.append("Lists: ").append(Nominations.listNames(from.lists())).append(" -> ")
          .append(Nominations.listNames(to.lists())).append(". ");
    }
    if (from.titleLevel() != to.titleLevel() || !Objects.equals(from.titleSeries(), to.titleSeries())) {
      text.append("Title mapping ").append(title(from)).append(" -> ").append(title(to)).append(". ");
    }
    if (!Objects.equals(from.skillLevel(), to.skillLevel())) {
      text.append("Skill certificate ").append(orNone(from.skillLevel())).append(" -> ")
          .append(orNone(to.skillLevel())).append(". ");
    }
    return text.toString().strip();
  }

  private static String title(QualificationDetails d) {
    return Nominations.titleName(d.titleLevel()) + (d.titleSeries() == null ? "" : " (" + d.titleSeries() + ")");
  }

  private static String orNone(String s) {
    return s == null ? "none" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private void mail(AdjustmentRequest adjustment, String template, String resolution) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", adjustment.getReference());
    model.put("code", adjustment.getQualificationCode());
    model.put("resolution", resolution);
    notifications.send(template, List.of(adjustment.getContactEmail()), model, adjustment.getReference());
  }
}
