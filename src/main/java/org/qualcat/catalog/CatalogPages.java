package org.qualcat.catalog;

import java.util.List;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public catalog pages (English and Chinese). */
@Controller
class CatalogPages {

  static final int PAGE_SIZE = 25;

  private final CatalogQueries queries;

  CatalogPages(CatalogQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/catalog")
  String catalog(@RequestParam(required = false) String list, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String status, @RequestParam(name = "q", required = false) String text,
      @RequestParam(defaultValue = "0") int page, Model model) {
    CatalogList chosenList = parse(CatalogList.class, list);
    QualificationStatus chosenStatus = parse(QualificationStatus.class, status);
    String sectorText = limit(sector);
    String searchText = limit(text);
    model.addAttribute("lists", CatalogList.values());
    model.addAttribute("statuses", QualificationStatus.values());
    model.addAttribute("list", chosenList);
    model.addAttribute("status", chosenStatus);
    model.addAttribute("sector", sectorText);
    model.addAttribute("q", searchText);
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
  String entry(@PathVariable String code, Model model) {
    try {
      model.addAttribute("entry", queries.entry(code));
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "catalog/entry";
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
