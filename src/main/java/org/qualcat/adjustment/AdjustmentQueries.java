package org.qualcat.adjustment;

import java.util.Map;
import java.util.Optional;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.catalog.QualificationNames.Named;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The adjustment pages' reading: adjustments newest first, and the qualifications one may adjust. */
@Service
@Transactional(readOnly = true)
class AdjustmentQueries {

  private final AdjustmentRequestRepository adjustments;
  private final CatalogEntries entries;
  private final CatalogInForce catalog;
  private final QualificationNames names;

  AdjustmentQueries(AdjustmentRequestRepository adjustments, CatalogEntries entries,
      CatalogInForce catalog, QualificationNames names) {
    this.adjustments = adjustments;
    this.entries = entries;
    this.catalog = catalog;
    this.names = names;
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
