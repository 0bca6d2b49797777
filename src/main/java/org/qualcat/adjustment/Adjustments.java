package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.REFERENCE_PREFIX;

import java.time.Clock;
import java.util.Objects;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.Decision;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.committee.CommitteeOutcome;
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
class Adjustments {

  private final AdjustmentRequestRepository adjustments;
  private final CatalogEntries entries;
  private final Catalog catalog;
  private final References references;
  private final AdjustmentFlow flow;
  private final AdjustmentMails mails;
  private final StaffDirectory staff;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.context.MessageSource messages;

  Adjustments(AdjustmentRequestRepository adjustments, CatalogEntries entries, Catalog catalog,
      References references, AdjustmentFlow flow, AdjustmentMails mails,
      StaffDirectory staff, AuditTrail audit, Clock clock, org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.adjustments = adjustments;
    this.entries = entries;
    this.catalog = catalog;
    this.references = references;
    this.flow = flow;
    this.mails = mails;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  /** Takes an adjustment request and starts {@code catalog-adjustment}; all or nothing. */
  AdjustmentRequest request(AdjustmentCommand command, String requestedBy) {
    CatalogEntries.Entry qualification = entries.inCatalog(command.qualificationCode())
        .orElseThrow(() -> new InvalidInputException("qualificationCode",
            "names no qualification in the catalog: " + command.qualificationCode()));
    String channelsProblem = QualificationDetails.titleChannelsProblem(command.lists(), command.titleChannels());
    if (channelsProblem != null) {
      throw new InvalidInputException("titleChannels", channelsProblem);
    }
    QualificationDetails proposed = proposed(qualification.details(), command.lists(), command.titleLevel(),
        command.titleSeries(), command.titleChannels(), command.skillLevel());
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
    AdjustmentRequest adjustment = adjustments.save(new AdjustmentRequest(references.next(REFERENCE_PREFIX, 4),
        qualification.code(), command.lists(), command.titleLevel(), blankToNull(command.titleSeries()),
        command.titleChannels(), blankToNull(command.skillLevel()), command.justification().strip(), requestedBy, contact, clock.instant()));
    adjustment.started(flow.start(adjustment, qualification.details().nameEn(),
        change(qualification.details(), proposed) + " Justification: " + adjustment.getJustification()).getId());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_REQUESTED, adjustment.getReference(), "qualification "
        + qualification.code());
    return adjustment;
  }

  /** Approved: the draft edition takes the change. */
  public void apply(long id, String processInstanceId, CommitteeOutcome outcome) {
    AdjustmentRequest adjustment = adjustment(id);
    QualificationDetails current = entries.find(adjustment.getQualificationCode())
        .orElseThrow(() -> new NotFoundException("no qualification " + adjustment.getQualificationCode()))
        .details();
    QualificationDetails proposed = proposed(current, adjustment.getLists(), adjustment.getTitleLevel(),
        adjustment.getTitleSeries(), adjustment.getTitleChannels(), adjustment.getSkillLevel());
    catalog.revise(adjustment.getQualificationCode(), proposed, new Decision(adjustment.getReference(),
        processInstanceId, "Adjusted on request " + adjustment.getReference() + " by decision of the Catalog "
        + "Committee: " + change(current, proposed), "依调整申请 " + adjustment.getReference() + " 经目录评审委员会决定调整："
        + changeZh(current, proposed), outcome.decidedBy(), clock.instant()));
    adjustment.close(AdjustmentStatus.APPLIED, clock.instant());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_APPLIED, adjustment.getReference(),
        adjustment.getQualificationCode() + ": " + change(current, proposed));
    mails.applied(adjustment);
  }

  public void reject(long id, CommitteeOutcome outcome) {
    AdjustmentRequest adjustment = adjustment(id);
    adjustment.close(AdjustmentStatus.REJECTED, clock.instant());
    audit.decision(AdjustmentAuditActions.ADJUSTMENT_REJECTED, adjustment.getReference(), "qualification "
        + adjustment.getQualificationCode());
    mails.rejected(adjustment, outcome.resolution());
  }

  AdjustmentRequest adjustment(long id) {
    return adjustments.findById(id).orElseThrow(() -> new NotFoundException("no adjustment " + id));
  }

  /**
   * The details an adjustment proposes: its lists and title/skill mapping, and its title channels when it names them
   * (else the current ones, which the details drop off the title-eligible list).
   */
  static QualificationDetails proposed(QualificationDetails current, java.util.Set<CatalogList> lists,
      org.qualcat.catalog.TitleLevel level, String series, java.util.Set<TitleChannel> channels, String skill) {
    return current.withLists(lists).withTitleMapping(level, blankToNull(series), blankToNull(skill))
        .withTitleChannels(channels == null ? current.titleChannels() : channels);
  }

  /** The change in one sentence, for the committee, the public notice and the change log. */
  static String change(QualificationDetails from, QualificationDetails to) {
    StringBuilder text = new StringBuilder();
    if (!from.lists().equals(to.lists())) {
      text.append("Lists: ").append(CatalogList.englishNames(from.lists())).append(" -> ")
          .append(CatalogList.englishNames(to.lists())).append(". ");
    }
    if (from.titleLevel() != to.titleLevel() || !Objects.equals(from.titleSeries(), to.titleSeries())) {
      text.append("Title mapping ").append(title(from)).append(" -> ").append(title(to)).append(". ");
    }
    if (!from.titleChannels().equals(to.titleChannels())) {
      text.append("Title channels (notice II): ").append(channels(from)).append(" -> ").append(channels(to))
          .append(". ");
    }
    if (!Objects.equals(from.skillLevel(), to.skillLevel())) {
      text.append("Skill certificate ").append(orNone(from.skillLevel())).append(" -> ")
          .append(orNone(to.skillLevel())).append(". ");
    }
    return text.toString().strip();
  }

  private static String title(QualificationDetails d) {
    return d.titleLevel().englishName() + (d.titleSeries() == null ? "" : " (" + d.titleSeries() + ")");
  }

  /** {@link #change} in Chinese, in the catalog's own words for lists, titles and channels. */
  String changeZh(QualificationDetails from, QualificationDetails to) {
    StringBuilder text = new StringBuilder();
    if (!from.lists().equals(to.lists())) {
      text.append("所属清单 ").append(zh(from.lists(), "list.")).append(" → ").append(zh(to.lists(), "list."))
          .append("。");
    }
    if (from.titleLevel() != to.titleLevel() || !Objects.equals(from.titleSeries(), to.titleSeries())) {
      text.append("对应职称 ").append(titleZh(from)).append(" → ").append(titleZh(to)).append("。");
    }
    if (!from.titleChannels().equals(to.titleChannels())) {
      text.append("职称评定途径 ").append(zh(from.titleChannels(), "titleChannel.")).append(" → ")
          .append(zh(to.titleChannels(), "titleChannel.")).append("。");
    }
    if (!Objects.equals(from.skillLevel(), to.skillLevel())) {
      text.append("技能等级 ").append(from.skillLevel() == null ? "无" : from.skillLevel()).append(" → ")
          .append(to.skillLevel() == null ? "无" : to.skillLevel()).append("。");
    }
    return text.toString();
  }

  private String zh(java.util.Set<? extends Enum<?>> values, String prefix) {
    return values.isEmpty() ? "无" : values.stream().map(v -> messages.getMessage(prefix + v.name(), null,
        java.util.Locale.CHINESE)).collect(java.util.stream.Collectors.joining("、"));
  }

  private String titleZh(QualificationDetails d) {
    return messages.getMessage("title." + d.titleLevel().name(), null, java.util.Locale.CHINESE)
        + (d.titleSeries() == null ? "" : "（" + d.titleSeries() + "）");
  }

  private static String channels(QualificationDetails d) {
    return d.titleChannels().isEmpty() ? "none" : d.titleChannels().stream().map(TitleChannel::englishName)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String orNone(String s) {
    return s == null ? "none" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
