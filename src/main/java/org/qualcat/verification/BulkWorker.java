package org.qualcat.verification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.qualcat.employer.Employers;
import org.qualcat.employer.Organisation;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the rows of running bulk submissions cases, in the background: each row in a transaction of its own that
 * locks the row first, so that a row becomes one case however many nodes work, and a node that dies mid-row leaves it
 * pending for the next pass. A submission starts as soon as its last file is in (after that transaction commits);
 * every {@code qualcat.verification.bulk.poll} the worker also resumes what a restart or another node left running.
 * With {@code qualcat.verification.bulk.background=false} (the test suite) nothing runs by itself: {@link #work}.
 */
@Component
class BulkWorker implements DisposableBean {

  /** A bulk submission has all its files: its rows can become cases. */
  record Started(Long submissionId) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(BulkWorker.class);

  private final BulkSubmissionRepository submissions;
  private final BulkRowRepository rows;
  private final BulkFiles files;
  private final BulkSubmissions bulk;
  private final VerificationCases cases;
  private final ApplicationMaterials materials;
  private final Employers employers;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final boolean background;
  private final Set<Long> working = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "bulk-submissions");
    thread.setDaemon(true);
    return thread;
  });

  BulkWorker(BulkSubmissionRepository submissions, BulkRowRepository rows, BulkFiles files, BulkSubmissions bulk,
      VerificationCases cases, ApplicationMaterials materials, Employers employers, TransactionTemplate transaction,
      Clock clock, @Value("${qualcat.verification.bulk.background:true}") boolean background) {
    this.submissions = submissions;
    this.rows = rows;
    this.files = files;
    this.bulk = bulk;
    this.cases = cases;
    this.materials = materials;
    this.employers = employers;
    this.transaction = transaction;
    this.clock = clock;
    this.background = background;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void started(Started started) {
    if (background) {
      executor.execute(() -> {
        try {
          work(started.submissionId());
        } catch (RuntimeException e) {
          // the next pass resumes it; the exception's text stays out of the log (it may quote a row)
          LOG.warn("Bulk submission {} stopped ({}); it is resumed on the next pass", started.submissionId(),
              e.getClass().getSimpleName());
        }
      });
    }
  }

  /** Resumes every running submission (after a restart, or one another node stopped working on). */
  @Scheduled(fixedDelayString = "${qualcat.verification.bulk.poll:PT30S}", initialDelayString = "PT20S")
  void resume() {
    if (background) {
      for (BulkSubmission running : submissions.findByStatusOrderById(BulkStatus.RUNNING)) {
        try {
          work(running.getId());
        } catch (RuntimeException e) {
          LOG.warn("Bulk submission {} stopped ({}); it is resumed on the next pass", running.getReference(),
              e.getClass().getSimpleName());
        }
      }
    }
  }

  /** Works a submission until no row of it is pending, then marks it done; the tests call it by reference. */
  void work(String reference) {
    work(submissions.findByReference(reference).orElseThrow().getId());
  }

  void work(Long submissionId) {
    if (!working.add(submissionId)) {
      return; // this node works on it already
    }
    try {
      workRows(submissionId);
      transaction.executeWithoutResult(s -> submissions.findById(submissionId)
          .filter(b -> b.getStatus() == BulkStatus.RUNNING).ifPresent(b -> {
            b.finish(clock.instant());
            files.forget(submissionId);
            LOG.info("Bulk submission {} done: {} rows", b.getReference(), b.getTotalRows());
          }));
    } finally {
      working.remove(submissionId);
    }
  }

  /**
   * Makes the submission's pending rows cases until none is left. Several may run at once on one submission (one per
   * node; the tests run two): each row is locked while it becomes a case, so it becomes one.
   */
  void workRows(Long submissionId) {
    List<Long> next;
    while (!(next = pending(submissionId)).isEmpty()) {
      next.forEach(this::submit);
    }
  }

  private List<Long> pending(Long submissionId) {
    return transaction.execute(s -> new ArrayList<>(rows.findTop20BySubmissionIdAndStatusOrderByLine(submissionId,
        BulkRow.Status.PENDING).stream().map(BulkRow::getId).toList()));
  }

  /** One row, as one case, in one transaction; a row the case rules refuse is marked failed with the reason. */
  private void submit(Long rowId) {
    try {
      transaction.executeWithoutResult(s -> {
        BulkRow row = rows.lock(rowId).orElseThrow();
        if (row.getStatus() != BulkRow.Status.PENDING) {
          return; // another node made it a case meanwhile
        }
        BulkSubmission submission = submissions.findById(row.getSubmissionId()).orElseThrow();
        Organisation employer = employers.byId(submission.getEmployerId()).orElseThrow();
        BulkSubmissions.RowFields fields = bulk.fields(row);
        String uploader = submission.getSubmittedBy();
        List<String> tokens = new ArrayList<>();
        tokens.add(materials.keep(MaterialKind.CERTIFICATE_COPY, row.getCertificateCopy(),
            files.content(submission.getId(), row.getCertificateCopy()), uploader).id());
        if (row.getEmploymentProof() != null) {
          tokens.add(materials.keep(MaterialKind.EMPLOYMENT_PROOF, row.getEmploymentProof(),
              files.content(submission.getId(), row.getEmploymentProof()), uploader).id());
        }
        NewCase request = new NewCase(fields.qualificationCode(), fields.certificateNumber(),
            fields.certificateIssuedOn(), fields.holderName(), fields.holderNationality(), bulk.documentNumber(fields),
            employer.name(), employer.region(), true, tokens);
        row.submitted(cases.submit(request, uploader, employer).reference());
      });
    } catch (InvalidInputException | QualificationNotListedException | ConflictException e) {
      String code = e instanceof ConflictException c ? c.getCode()
          : e instanceof QualificationNotListedException n ? "verification.notListed." + n.getReason().name()
          : ((InvalidInputException) e).getErrors().get(0).code();
      transaction.executeWithoutResult(s -> rows.lock(rowId).filter(r -> r.getStatus() == BulkRow.Status.PENDING)
          .ifPresent(r -> r.failed(code, e.getMessage())));
    }
  }


  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
