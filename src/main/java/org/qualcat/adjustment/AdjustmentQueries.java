package org.qualcat.adjustment;

import java.util.Map;
import java.util.Optional;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.catalog.QualificationNames.Named;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.committee.CommitteeQueries;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.process.ProcessProgress;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading of adjustments for the API and the pages: adjustments newest first, one with its decision record, and
 * the qualifications one may adjust.
 */
@Service
@Transactional(readOnly = true)
class AdjustmentQueries {

  private final AdjustmentRequestRepository adjustments;
  private final CatalogEntries entries;
  private final CatalogInForce catalog;
  private final QualificationNames names;
  private final CommitteeQueries committee;
  private final ProcessProgress progress;

  AdjustmentQueries(AdjustmentRequestRepository adjustments, CatalogEntries entries,
      CatalogInForce catalog, QualificationNames names, CommitteeQueries committee, ProcessProgress progress) {
    this.adjustments = adjustments;
    this.entries = entries;
    this.catalog = catalog;
    this.names = names;
    this.committee = committee;
    this.progress = progress;
  }

  /** An adjustment as its page shows it: with the committee's record (null before its review opened). */
  record Detail(AdjustmentRequest adjustment, ReviewRecordView review) {
  }

  AdjustmentRequest byReference(String reference) {
    return adjustments.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no adjustment " + reference));
  }

  /** An adjustment with where its process stands and its decision record, as the API answers. */
  AdjustmentView view(String reference) {
    return AdjustmentView.of(byReference(reference), progress.currentSteps(reference), review(reference));
  }

  Detail detail(String reference) {
    return new Detail(byReference(reference), review(reference));
  }

  private ReviewRecordView review(String reference) {
    return committee.record(reference, true).orElse(null);
  }

  /** An adjustment in the list, with the name of its qualification (as the catalog says it now). */
  record Row(AdjustmentRequest adjustment, String nameEn, String nameZh) {
  }

  PageView<Row> page(Pageable pageable) {
    var found = adjustments.findAll(pageable);
    Map<String, Named> named = names.of(found.stream().map(AdjustmentRequest::getQualificationCode).distinct()
        .toList());
    return PageView.of(found, a -> {
      Named n = named.get(a.getQualificationCode());
      return new Row(a, n.nameEn(), n.nameZh());
    });
  }

  /**
   * What the catalog says now about a qualification of the edition in force that is still in the catalog: what an
   * adjustment changes ({@link Adjustments#request} compares with the same).
   */
  Optional<QualificationDetails> now(String code) {
    if (code == null || catalog.listing(code).isEmpty()) {
      return Optional.empty();
    }
    return entries.inCatalog(code).map(CatalogEntries.Entry::details);
  }
}
