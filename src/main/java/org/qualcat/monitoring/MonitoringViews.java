package org.qualcat.monitoring;

import java.time.Instant;
import java.util.List;
import org.qualcat.catalog.QualificationNames.Named;

/** What the monitoring API answers and the monitors' pages show, as {@link MonitoringQueries} reads it. */
final class MonitoringViews {

  private MonitoringViews() {
  }

  /** A cycle with its report and its reviews (the API's answer). */
  record CycleView(String reference, String status, String startedBy, Instant startedAt, Instant finishedAt,
      int qualifications, int compliant, int onWatch, int nonCompliant, int rectified, int removed, int overturned,
      List<RecordLine> reviews) {
  }

  /**
   * One review of a cycle: the indicators as monitors recorded them ({@code certificatesInBeijing} is the issuers'
   * figure), which the assessment reads, and beside them the demand on the platform, which never decides.
   */
  record RecordLine(long id, String qualificationCode, Integer certificatesInBeijing,
      TechnicalCompliance technicalCompliance, HolderOutcomes holderOutcomes, Boolean issuerResponsive,
      PlatformDemand platformDemand, Assessment assessment, Assessment confirmedAssessment, ReviewResult result,
      Instant finishedAt) {

    static RecordLine of(MonitoringRecord r) {
      return new RecordLine(r.getId(), r.getQualificationCode(), r.getCertificatesInBeijing(),
          r.getTechnicalCompliance(), r.getHolderOutcomes(), r.getIssuerResponsive(), r.getPlatformDemand(),
          r.getAssessment(), r.getConfirmedAssessment(), r.getResult(), r.getFinishedAt());
    }
  }

  /** A cycle's line on the pages: its counts so far while it runs, its report once it has ended. */
  public record CycleLine(String reference, String status, String startedBy, Instant startedAt, Instant finishedAt,
      int qualifications, int compliant, int onWatch, int rectified, int removed, int overturned) {

    public boolean running() {
      return !"FINISHED".equals(status);
    }

    /** Reviews that sent the qualification to the committee for removal. */
    public int exit() {
      return removed + overturned;
    }

    public boolean bySchedule() {
      return MonitoringCycles.SCHEDULE.equals(startedBy);
    }
  }

  /** A cycle's page: the cycle's line and its reviews. */
  record CyclePage(CycleLine cycle, List<ReviewLine> reviews) {
  }

  /** One review of a cycle, as people read it: the qualification by name, where the review stands. */
  public record ReviewLine(long id, Named qualification, String state, Instant rectificationDueAt,
      String exitReference) {

    public boolean awaitingRectification() {
      return "AWAITING_RECTIFICATION".equals(state);
    }
  }

  /** A review waiting for (or past) the issuer's rectification report, for its form. */
  public record RectificationView(long id, Named qualification, String cycleReference, String state, Instant dueAt,
      String assessmentReason, String issuerContactEmail) {

    public boolean awaiting() {
      return "AWAITING_RECTIFICATION".equals(state);
    }

    /** Where the monitor goes back to: the review's cycle. */
    public String back() {
      return cycleReference == null ? "/monitoring" : "/monitoring/cycles/" + cycleReference;
    }
  }
}
