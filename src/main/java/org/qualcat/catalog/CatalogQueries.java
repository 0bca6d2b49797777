package org.qualcat.catalog;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualcat.process.BureauTime;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's read side: published editions as the public and the API see them. A qualification's status today
 * is what the edition in force says (listed, or removed when an earlier edition listed it), with a rectification
 * notice running against its issuer shown; decisions in the draft edition change nothing here until published.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

  private final CatalogEditionRepository editions;
  private final EditionEntryRepository entries;
  private final EditionChangeRepository changes;
  private final QualificationRepository qualifications;
  private final CatalogInForce law;

  CatalogQueries(CatalogEditionRepository editions, EditionEntryRepository entries,
      EditionChangeRepository changes, QualificationRepository qualifications, CatalogInForce law) {
    this.law = law;
    this.editions = editions;
    this.entries = entries;
    this.changes = changes;
    this.qualifications = qualifications;
  }

  /**
   * The entries of a published edition ({@code editionCode}, or the edition in force when null) that match
   * {@code filter}, ordered by code.
   */
  public PageView<CatalogEntryView> search(String editionCode, CatalogFilter filter, Pageable pageable) {
    CatalogEdition inForce = inForce();
    CatalogEdition edition = editionCode == null ? inForce : published(editionCode);
    Pageable byCode = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
    Page<EditionEntry> page = entries.findAll(matching(edition, inForce, filter), byCode);
    Map<String, QualificationStatus> today = statusToday(inForce, page.getContent());
    return PageView.of(page, e -> CatalogEntryView.of(e, today.get(e.getCode())));
  }

  /** One qualification as the edition in force lists it. */
  public CatalogEntryView entry(String code) {
    CatalogEdition inForce = inForce();
    EditionEntry entry = entries.findByEditionAndCode(inForce, code)
        .orElseThrow(() -> new NotFoundException("no qualification " + code + " in the catalog in force"));
    return CatalogEntryView.of(entry, statusToday(inForce, List.of(entry)).get(code));
  }

  /** The research note of a sample row in the edition in force (for staff), or null. */
  public String researchNote(String code) {
    return entries.findByEditionAndCode(inForce(), code).map(e -> e.getDetails().source()).orElse(null);
  }

  /** Published editions, newest first; the first is the edition in force. */
  public List<EditionView.Summary> publishedEditions() {
    List<CatalogEdition> published = editions.findByStatusOrderByPublishedOnDescIdDesc(EditionStatus.PUBLISHED);
    return published.stream().map(e -> EditionView.Summary.of(e, e == published.get(0))).toList();
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
    boolean inForce = !edition.isDraft() && edition.getId().equals(inForce().getId());
    return new EditionView(edition.getCode(), edition.getName(), edition.getNameZh(), edition.getStatus(),
        edition.getPublishedOn(), edition.getReleasedOn(), edition.getRepeals(), inForce, size,
        counts.getOrDefault(ChangeType.ADDED, 0L), counts.getOrDefault(ChangeType.ADJUSTED, 0L),
        counts.getOrDefault(ChangeType.REMOVED, 0L), log);
  }

  /** A qualification named in a change log: its names, and whether the edition in force lists it (it has a page). */
  public record Named(String code, String nameEn, String nameZh, boolean inForce) {

    public String nameIn(Locale locale) {
      return Localized.chinese(locale) ? nameZh : nameEn;
    }
  }

  /**
   * The qualifications an edition's change log names, by code: as that edition lists them, or (removed ones) as the
   * catalog last knew them.
   */
  public Map<String, Named> namesInChangeLog(EditionView edition) {
    Set<String> codes = edition.changes().stream().map(EditionView.Change::qualificationCode)
        .collect(Collectors.toSet());
    if (codes.isEmpty()) {
      return Map.of();
    }
    CatalogEdition inForce = inForce();
    Set<String> listed = entries.findByEditionAndCodeIn(inForce, codes).stream().map(EditionEntry::getCode)
        .collect(Collectors.toSet());
    Map<String, QualificationDetails> details = new HashMap<>();
    qualifications.findAllById(codes).forEach(q -> details.put(q.getCode(), q.getDetails()));
    editions.findByCodeAndStatus(edition.code(), EditionStatus.PUBLISHED).ifPresent(published -> entries
        .findByEditionAndCodeIn(published, codes).forEach(e -> details.put(e.getCode(), e.getDetails())));
    Map<String, Named> named = new HashMap<>();
    for (String code : codes) {
      QualificationDetails d = details.get(code);
      named.put(code, new Named(code, d == null ? code : d.nameEn(), d == null ? code : d.nameZh(),
          listed.contains(code)));
    }
    return named;
  }

  /** Whether any edition has been published yet. */
  public boolean hasPublishedEdition() {
    return law.inForce().isPresent();
  }

  /** The entries of a published edition as it was published, ordered by code. */
  List<QualificationSnapshot> entriesOf(String code) {
    return entries.findByEditionOrderByCode(published(code)).stream()
        .map(e -> new QualificationSnapshot(e.getCode(), e.getDetails())).toList();
  }

  /** A qualification as an edition lists it. */
  record QualificationSnapshot(String code, QualificationDetails details) {
  }

  private CatalogEdition published(String code) {
    return editions.findByCodeAndStatus(code, EditionStatus.PUBLISHED)
        .orElseThrow(() -> new NotFoundException("no published edition " + code));
  }

  private CatalogEdition inForce() {
    return law.inForce()
        .orElseThrow(() -> new NotFoundException("no edition of the catalog has been published yet"));
  }

  /**
   * The status of each entry's qualification today: REMOVED when the edition in force does not list it, otherwise
   * LISTED, or UNDER_RECTIFICATION while a rectification notice runs against its issuer.
   */
  private Map<String, QualificationStatus> statusToday(CatalogEdition inForce, List<EditionEntry> page) {
    List<String> codes = page.stream().map(EditionEntry::getCode).toList();
    Set<String> listed = page.stream().allMatch(e -> e.getEdition().getId().equals(inForce.getId()))
        ? Set.copyOf(codes)
        : entries.findByEditionAndCodeIn(inForce, codes).stream().map(EditionEntry::getCode)
            .collect(Collectors.toSet());
    Set<String> underRectification = qualifications.findAllById(listed).stream()
        .filter(q -> q.getStatus() == QualificationStatus.UNDER_RECTIFICATION).map(Qualification::getCode)
        .collect(Collectors.toSet());
    Map<String, QualificationStatus> today = new HashMap<>();
    for (String code : codes) {
      today.put(code, !listed.contains(code) ? QualificationStatus.REMOVED
          : underRectification.contains(code) ? QualificationStatus.UNDER_RECTIFICATION : QualificationStatus.LISTED);
    }
    return today;
  }

  private static Specification<EditionEntry> matching(CatalogEdition edition, CatalogEdition inForce,
      CatalogFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("edition"), edition));
      var details = root.get("details");
      if (filter.list() != null) {
        where.add(cb.like(details.get("lists").as(String.class), CatalogListsConverter.memberPattern(filter.list())));
      }
      if (hasText(filter.sector())) {
        String sector = contains(filter.sector());
        where.add(cb.or(cb.like(cb.lower(details.get("sector")), sector, '\\'),
            cb.like(details.get("sectorZh"), sector, '\\')));
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
        Subquery<String> inForceCodes = query.subquery(String.class);
        var e = inForceCodes.from(EditionEntry.class);
        inForceCodes.select(e.get("code")).where(cb.equal(e.get("edition"), inForce));
        Subquery<String> rectifying = query.subquery(String.class);
        var q = rectifying.from(Qualification.class);
        rectifying.select(q.get("code")).where(cb.equal(q.get("status"), QualificationStatus.UNDER_RECTIFICATION));
        switch (filter.status()) {
          case LISTED -> where.add(cb.and(root.get("code").in(inForceCodes), cb.not(root.get("code").in(rectifying))));
          case UNDER_RECTIFICATION -> where.add(cb.and(root.get("code").in(inForceCodes),
              root.get("code").in(rectifying)));
          case REMOVED -> where.add(cb.not(root.get("code").in(inForceCodes)));
          // nothing nominated is in a published edition
          case NOMINATED -> where.add(cb.disjunction());
        }
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

  /** One line of what the draft changes, with the qualification's names. */
  public record ChangeLine(String code, String nameEn, String nameZh, String reference, String summary,
      String summaryZh, String decidedBy, LocalDateTime decidedAt) {

    /** The summary in the language of {@code locale}, in English where no Chinese was written. */
    public String summaryIn(Locale locale) {
      return Localized.pick(locale, summary, summaryZh);
    }

    public boolean summaryInEnglish(Locale locale) {
      return Localized.fallsBack(locale, summaryZh);
    }
  }

  /** What the draft changes: added, adjusted and removed qualifications, each with the decision behind it. */
  public record DraftChanges(List<ChangeLine> added, List<ChangeLine> adjusted, List<ChangeLine> removed) {

    public boolean isEmpty() {
      return added.isEmpty() && adjusted.isEmpty() && removed.isEmpty();
    }

    public int total() {
      return added.size() + adjusted.size() + removed.size();
    }
  }

  /** What the draft edition changes so far, with the qualifications' names; empty when no draft is open. */
  public DraftChanges draftChanges() {
    List<EditionView.Change> log = draftLog();
    Map<String, QualificationDetails> details = qualifications.findAllById(log.stream()
        .map(EditionView.Change::qualificationCode).distinct().toList()).stream()
        .collect(Collectors.toMap(Qualification::getCode, Qualification::getDetails));
    Function<ChangeType, List<ChangeLine>> of = type -> log.stream().filter(c -> c.type() == type).map(c -> {
      QualificationDetails d = details.get(c.qualificationCode());
      return new ChangeLine(c.qualificationCode(), d == null ? null : d.nameEn(), d == null ? null : d.nameZh(),
          c.decisionReference(), c.summary(), c.summaryZh(), c.decidedBy(),
          LocalDateTime.ofInstant(c.decidedAt(), BureauTime.ZONE));
    }).toList();
    return new DraftChanges(of.apply(ChangeType.ADDED), of.apply(ChangeType.ADJUSTED), of.apply(ChangeType.REMOVED));
  }

  private List<EditionView.Change> draftLog() {
    try {
      return edition(CatalogEdition.DRAFT_CODE).changes();
    } catch (NotFoundException e) {
      return List.of(); // no draft opened yet
    }
  }

}
