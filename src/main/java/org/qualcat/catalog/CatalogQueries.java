package org.qualcat.catalog;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's read side: published editions as the public and the API see them. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

  private final CatalogEditionRepository editions;
  private final EditionEntryRepository entries;
  private final EditionChangeRepository changes;
  private final QualificationRepository qualifications;

  CatalogQueries(CatalogEditionRepository editions, EditionEntryRepository entries,
      EditionChangeRepository changes, QualificationRepository qualifications) {
    this.editions = editions;
    this.entries = entries;
    this.changes = changes;
    this.qualifications = qualifications;
  }

  /**
   * The entries of a published edition ({@code editionCode}, or the latest when null) that match {@code filter},
   * ordered by code.
   */
  public PageView<CatalogEntryView> search(String editionCode, CatalogFilter filter, Pageable pageable) {
    CatalogEdition edition = editionCode == null ? latestPublished() : published(editionCode);
    Pageable byCode = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
    Page<EditionEntry> page = entries.findAll(matching(edition, filter), byCode);
    Map<String, QualificationStatus> current = currentStatus(page.getContent());
    return PageView.of(page, e -> CatalogEntryView.of(e, current.get(e.getCode())));
  }

  /** One qualification as the latest published edition shows it. */
  public CatalogEntryView entry(String code) {
    EditionEntry entry = entries.findByEditionAndCode(latestPublished(), code)
        .orElseThrow(() -> new NotFoundException("no qualification " + code + " in the published catalog"));
    return CatalogEntryView.of(entry, currentStatus(List.of(entry)).get(code));
  }

  /** Published editions, newest first. */
  public List<EditionView.Summary> publishedEditions() {
    return editions.findByStatusOrderByPublishedOnDescIdDesc(EditionStatus.PUBLISHED).stream()
        .map(EditionView.Summary::of).toList();
  }

  /** A published edition, or the draft when {@code code} is {@value CatalogEdition#DRAFT_CODE}. */
  public EditionView edition(String code) {
    CatalogEdition edition = CatalogEdition.DRAFT_CODE.equals(code)
        ? editions.findFirstByStatus(EditionStatus.DRAFT)
            .orElseThrow(() -> new NotFoundException("there is no draft edition yet"))
        : published(code);
    List<EditionView.Change> log = changes.findByEditionOrderById(edition).stream()
        .map(EditionView.Change::of).toList();
    Map<ChangeType, Long> counts = log.stream()
        .collect(Collectors.groupingBy(EditionView.Change::type, Collectors.counting()));
    long size = edition.isDraft()
        ? qualifications.findByStatusInOrderByCode(List.of(QualificationStatus.LISTED,
            QualificationStatus.UNDER_RECTIFICATION)).size()
        : entries.countByEdition(edition);
    return new EditionView(edition.getCode(), edition.getName(), edition.getStatus(), edition.getPublishedOn(), size,
        counts.getOrDefault(ChangeType.ADDED, 0L), counts.getOrDefault(ChangeType.ADJUSTED, 0L),
        counts.getOrDefault(ChangeType.REMOVED, 0L), log);
  }

  /** Whether any edition has been published yet. */
  public boolean hasPublishedEdition() {
    return editions.findFirstByStatusOrderByPublishedOnDescIdDesc(EditionStatus.PUBLISHED).isPresent();
  }

  private CatalogEdition published(String code) {
    return editions.findByCodeAndStatus(code, EditionStatus.PUBLISHED)
        .orElseThrow(() -> new NotFoundException("no published edition " + code));
  }

  private CatalogEdition latestPublished() {
    return editions.findFirstByStatusOrderByPublishedOnDescIdDesc(EditionStatus.PUBLISHED)
        .orElseThrow(() -> new NotFoundException("no edition of the catalog has been published yet"));
  }

  private Map<String, QualificationStatus> currentStatus(List<EditionEntry> page) {
    return qualifications.findAllById(page.stream().map(EditionEntry::getCode).toList()).stream()
        .collect(Collectors.toMap(Qualification::getCode, Qualification::getStatus));
  }

  private static Specification<EditionEntry> matching(CatalogEdition edition, CatalogFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("edition"), edition));
      var details = root.get("details");
      if (filter.list() != null) {
        where.add(cb.like(details.get("lists").as(String.class), CatalogListsConverter.memberPattern(filter.list())));
      }
      if (hasText(filter.sector())) {
        where.add(cb.like(cb.lower(details.get("sector")), contains(filter.sector()), '\\'));
      }
      if (hasText(filter.text())) {
        String pattern = contains(filter.text());
        where.add(cb.or(
            cb.like(cb.lower(root.get("code")), pattern, '\\'),
            cb.like(cb.lower(details.get("nameEn")), pattern, '\\'),
            cb.like(details.get("nameZh"), pattern, '\\'),
            cb.like(cb.lower(details.get("issuingBody")), pattern, '\\')));
      }
      if (filter.status() != null) {
        Subquery<String> withStatus = query.subquery(String.class);
        var q = withStatus.from(Qualification.class);
        withStatus.select(q.get("code")).where(cb.equal(q.get("status"), filter.status()));
        where.add(root.get("code").in(withStatus));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  /** A case-insensitive "contains" pattern, with the user's own % and _ taken literally. */
  private static String contains(String text) {
    String escaped = text.strip().toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
