package org.qualcat.catalog;

import org.springframework.http.CacheControl;

import org.springframework.http.ContentDisposition;

import org.springframework.http.HttpHeaders;

import org.springframework.http.MediaType;

import org.springframework.http.ResponseEntity;

import java.util.List;
import org.qualcat.security.Roles;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalog pages (English and Chinese): the edition in force, a qualification, and an edition with its
 * change log. The public never sees a sample row's research note; staff see it on the qualification's page.
 */
@Controller
class CatalogPages {

  static final int PAGE_SIZE = 25;

  /**
   * The statuses a qualification of the edition in force can have: the list offers no filter that never matches
   * (nominated and removed qualifications are not in it; the change log names the removed ones).
   */
  static final List<QualificationStatus> STATUSES_IN_FORCE =
      List.of(QualificationStatus.LISTED, QualificationStatus.UNDER_RECTIFICATION);

  private final CatalogQueries queries;
  private final EditionAttachment attachments;

  CatalogPages(CatalogQueries queries, EditionAttachment attachments) {
    this.queries = queries;
    this.attachments = attachments;
  }

  @GetMapping("/catalog")
  String catalog(@RequestParam(required = false) String list, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String status, @RequestParam(name = "q", required = false) String text,
      @RequestParam(defaultValue = "0") int page, Model model) {
    CatalogList chosenList = parse(CatalogList.class, list);
    QualificationStatus chosenStatus = parse(QualificationStatus.class, status);
    if (chosenStatus != null && !STATUSES_IN_FORCE.contains(chosenStatus)) {
      chosenStatus = null;
    }
    String sectorText = limit(sector);
    String searchText = limit(text);
    model.addAttribute("lists", CatalogList.values());
    model.addAttribute("statuses", STATUSES_IN_FORCE);
    model.addAttribute("list", chosenList);
    model.addAttribute("status", chosenStatus);
    model.addAttribute("sector", sectorText);
    model.addAttribute("q", searchText);
    model.addAttribute("filtered", chosenList != null || chosenStatus != null || sectorText != null
        || searchText != null);
    List<EditionView.Summary> editions = queries.publishedEditions();
    model.addAttribute("edition", editions.isEmpty() ? null : editions.get(0));
    if (!editions.isEmpty()) {
      PageView<CatalogEntryView> entries = queries.search(null,
          new CatalogFilter(chosenList, sectorText, chosenStatus, searchText),
          PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
      model.addAttribute("entries", entries);
      model.addAttribute("anyIllustrative", entries.items().stream().anyMatch(CatalogEntryView::illustrative));
    }
    return "catalog/list";
  }

  @GetMapping("/catalog/{code}")
  String entry(@PathVariable String code, Authentication caller, Model model) {
    CatalogEntryView entry = found(() -> queries.entry(code));
    model.addAttribute("entry", entry);
    model.addAttribute("edition", queries.publishedEditions().stream()
        .filter(e -> e.code().equals(entry.edition())).findFirst().orElse(null));
    if (Roles.isStaff(caller)) {
      model.addAttribute("researchNote", queries.researchNote(code));
    }
    return "catalog/entry";
  }

  /** A published edition in words: its dates, what it repeals, and what it added, adjusted and removed. */
  @GetMapping("/catalog/editions/{edition}")
  String edition(@PathVariable String edition, Model model) {
    if (CatalogEdition.DRAFT_CODE.equals(edition)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the draft edition is not public");
    }
    EditionView view = found(() -> queries.edition(edition));
    model.addAttribute("edition", view);
    model.addAttribute("names", queries.namesInChangeLog(view));
    model.addAttribute("kinds", ChangeType.values());
    return "catalog/edition";
  }

  /** A published edition as the notice's Attachment 1: PDF, in Chinese and English. */
  @GetMapping("/catalog/editions/{edition}/attachment.pdf")
  ResponseEntity<byte[]> attachmentPdf(@PathVariable String edition) {
    return download(edition, EditionAttachment.Form.PDF, MediaType.APPLICATION_PDF);
  }

  /** The same lists as an Excel workbook: a sheet per list, one of changes. */
  @GetMapping("/catalog/editions/{edition}/attachment.xlsx")
  ResponseEntity<byte[]> attachmentXlsx(@PathVariable String edition) {
    return download(edition, EditionAttachment.Form.XLSX, MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  /** The lists as CSV (UTF-8). */
  @GetMapping("/catalog/editions/{edition}/attachment.csv")
  ResponseEntity<byte[]> attachmentCsv(@PathVariable String edition) {
    return download(edition, EditionAttachment.Form.CSV, CSV);
  }

  /** What changed since the previous edition, as CSV (UTF-8). */
  @GetMapping("/catalog/editions/{edition}/changes.csv")
  ResponseEntity<byte[]> changesCsv(@PathVariable String edition) {
    return download(edition, EditionAttachment.Form.CHANGES_CSV, CSV);
  }

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  /** A published edition never changes: a download may be kept for a day. */
  private ResponseEntity<byte[]> download(String edition, EditionAttachment.Form form, MediaType type) {
    if (CatalogEdition.DRAFT_CODE.equals(edition)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the draft edition is not public");
    }
    byte[] body = found(() -> attachments.file(edition, form));
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(form.fileName(edition))
            .build().toString())
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
        .body(body);
  }

  private static <T> T found(java.util.function.Supplier<T> query) {
    try {
      return query.get();
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** A filter value from the query string: unknown values are ignored rather than failing the page. */
  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String limit(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() > 120 ? t.substring(0, 120) : t;
  }
}
