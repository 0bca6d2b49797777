package org.qualcat.adjustment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.Qualification;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.QualificationRepository;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The adjustment pages' reading: adjustments newest first, and the qualifications one may adjust. */
@Service
@Transactional(readOnly = true)
class AdjustmentQueries {

  private final AdjustmentRequestRepository adjustments;
  private final QualificationRepository qualifications;
  private final CatalogInForce catalog;

  AdjustmentQueries(AdjustmentRequestRepository adjustments, QualificationRepository qualifications,
      CatalogInForce catalog) {
    this.adjustments = adjustments;
    this.qualifications = qualifications;
    this.catalog = catalog;
  }

  /** A qualification to choose by its name. */
  record Option(String code, String nameEn, String nameZh) {

    String name(boolean chinese) {
      return chinese ? nameZh : nameEn;
    }
  }

  /** An adjustment in the list, with the name of its qualification (as the catalog says it now). */
  record Row(AdjustmentRequest adjustment, String nameEn, String nameZh) {
  }

  PageView<Row> page(Pageable pageable) {
    var found = adjustments.findAll(pageable);
    Map<String, QualificationDetails> names = qualifications.findAllById(found.stream()
            .map(AdjustmentRequest::getQualificationCode).distinct().toList()).stream()
        .collect(Collectors.toMap(Qualification::getCode, Qualification::getDetails));
    return PageView.of(found, a -> {
      QualificationDetails d = names.get(a.getQualificationCode());
      return new Row(a, d == null ? a.getQualificationCode() : d.nameEn(),
          d == null ? a.getQualificationCode() : d.nameZh());
    });
  }

  /** The qualifications of the edition in force, by name in the reader's language. */
  List<Option> options(boolean chinese) {
    return catalog.all().stream()
        .map(l -> new Option(l.code(), l.details().nameEn(), l.details().nameZh()))
        .sorted(Comparator.comparing((Option o) -> o.name(chinese)).thenComparing(Option::code))
        .toList();
  }

  /**
   * What the catalog says now about a qualification of the edition in force that is still in the catalog: what an
   * adjustment changes ({@link Adjustments#request} compares with the same).
   */
  Optional<QualificationDetails> now(String code) {
    if (code == null || catalog.listing(code).isEmpty()) {
      return Optional.empty();
    }
    return qualifications.findById(code).filter(q -> q.getStatus().isInCatalog()).map(Qualification::getDetails);
  }

  /** The qualification's names, as the catalog says them now. */
  Optional<Option> option(String code) {
    return qualifications.findById(code).map(q -> new Option(code, q.getDetails().nameEn(), q.getDetails().nameZh()));
  }
}
