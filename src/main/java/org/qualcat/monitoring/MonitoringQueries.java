package org.qualcat.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.catalog.QualificationNames.Named;
import org.qualcat.monitoring.MonitoringViews.CycleLine;
import org.qualcat.monitoring.MonitoringViews.CyclePage;
import org.qualcat.monitoring.MonitoringViews.CycleView;
import org.qualcat.monitoring.MonitoringViews.RecordLine;
import org.qualcat.monitoring.MonitoringViews.RectificationView;
import org.qualcat.monitoring.MonitoringViews.ReviewLine;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of monitoring: cycles with their reviews, a review's rectification, the latest standing input. */
@Service
@Transactional(readOnly = true)
class MonitoringQueries {

  static final int PAGE_SIZE = 20;

  private final MonitoringCycleRepository cycles;
  private final MonitoringRecordRepository records;
  private final MonitoringInputRepository inputs;
  private final QualificationNames names;

  MonitoringQueries(MonitoringCycleRepository cycles, MonitoringRecordRepository records,
      MonitoringInputRepository inputs, QualificationNames names) {
    this.cycles = cycles;
    this.records = records;
    this.inputs = inputs;
    this.names = names;
  }

  /** A cycle with its report and every review (the API). */
  CycleView cycle(String reference) {
    MonitoringCycle c = byReference(reference);
    List<RecordLine> lines = records.findByCycleOrderById(c).stream().map(RecordLine::of).toList();
    return new CycleView(c.getReference(), c.getStatus(), c.getStartedBy(), c.getStartedAt(), c.getFinishedAt(),
        c.getQualifications(), c.getCompliant(), c.getOnWatch(), c.getNonCompliant(), c.getRectified(),
        c.getRemoved(), c.getOverturned(), lines);
  }

  /** The cycles, newest first, a page at a time (the pages). */
  PageView<CycleLine> cycles(int page) {
    return PageView.of(cycles.findAllByOrderByIdDesc(PageRequest.of(Math.max(0, Math.min(page, 10_000)),
        PAGE_SIZE)), this::line);
  }

  /** A cycle's page: its line and its reviews, the qualifications by name. */
  CyclePage cyclePage(String reference) {
    MonitoringCycle cycle = byReference(reference);
    List<MonitoringRecord> found = records.findByCycleOrderById(cycle);
    Map<String, Named> named = names.of(found.stream().map(MonitoringRecord::getQualificationCode).toList());
    return new CyclePage(line(cycle), found.stream().map(r -> new ReviewLine(r.getId(),
        named.get(r.getQualificationCode()), state(r), r.getRectificationDueAt(), r.getExitReference())).toList());
  }

  /** A review, for the form of the issuer's rectification report. */
  RectificationView rectification(long recordId) {
    MonitoringRecord r = records.get(recordId);
    return new RectificationView(r.getId(), names.of(r.getQualificationCode()),
        r.getCycle() == null ? null : r.getCycle().getReference(), state(r), r.getRectificationDueAt(),
        r.getAssessmentReason(), r.getIssuerContactEmail());
  }

  /** What monitors last recorded about a qualification, if anything. */
  Optional<MonitoringInput> latestInput(String qualificationCode) {
    return inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(qualificationCode);
  }

  private MonitoringCycle byReference(String reference) {
    return cycles.findByReference(reference).orElseThrow(() -> new NotFoundException("no monitoring cycle "
        + reference));
  }

  private CycleLine line(MonitoringCycle c) {
    if ("FINISHED".equals(c.getStatus())) {
      return new CycleLine(c.getReference(), c.getStatus(), c.getStartedBy(), c.getStartedAt(), c.getFinishedAt(),
          c.getQualifications(), c.getCompliant(), c.getOnWatch(), c.getRectified(), c.getRemoved(),
          c.getOverturned());
    }
    Map<ReviewResult, Long> sofar = records.resultsOf(c);
    return new CycleLine(c.getReference(), c.getStatus(), c.getStartedBy(), c.getStartedAt(), null,
        c.getQualifications(), count(sofar, ReviewResult.COMPLIANT), count(sofar, ReviewResult.ON_WATCH),
        count(sofar, ReviewResult.RECTIFIED), count(sofar, ReviewResult.REMOVED),
        count(sofar, ReviewResult.OVERTURNED));
  }

  private static int count(Map<ReviewResult, Long> results, ReviewResult result) {
    return results.getOrDefault(result, 0L).intValue();
  }

  /** Where a review stands: its result once it ended, else the step it waits at (a message key's last part). */
  static String state(MonitoringRecord r) {
    if (r.getResult() != null) {
      return r.getResult().name();
    }
    if (r.getExitReference() != null) {
      return "BEFORE_COMMITTEE";
    }
    if (r.getRectificationReport() != null) {
      return "RECHECK";
    }
    return r.getRectificationDueAt() != null ? "AWAITING_RECTIFICATION" : "IN_REVIEW";
  }
}
