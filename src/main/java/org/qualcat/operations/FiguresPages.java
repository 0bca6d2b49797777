package org.qualcat.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualcat.security.Access;
import org.qualcat.system.CsvFiles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bureau's figures as charts (Apache ECharts, drawn by {@code js/figures.js} from the tables beside them) and as
 * tables, each downloadable as CSV in the reader's language: for staff who run the bureau's work.
 */
@Controller
class FiguresPages {

  static final List<String> CHARTS = List.of("cases-per-week", "days-by-channel", "days-by-bureau", "tasks-by-group",
      "monitoring-cycles", "catalog-changes");

  private final BureauFigures figures;
  private final MessageSource messages;

  FiguresPages(BureauFigures figures, MessageSource messages) {
    this.figures = figures;
    this.messages = messages;
  }

  @GetMapping("/figures")
  String dashboard(Authentication caller, Model model) {
    allowed(caller);
    model.addAttribute("statuses", BureauFigures.CASE_STATUSES);
    model.addAttribute("weeks", figures.casesPerWeek());
    model.addAttribute("byChannel", figures.daysToResultByChannel());
    model.addAttribute("byBureau", figures.daysToResultByBureau());
    model.addAttribute("tasks", figures.tasksByGroup());
    model.addAttribute("cycles", figures.monitoringCycles());
    model.addAttribute("editions", figures.catalogChanges());
    return "figures/dashboard";
  }

  /** One chart's numbers as CSV (UTF-8 with a byte order mark), headed in the reader's language. */
  @GetMapping("/figures/{chart}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String chart, Authentication caller) {
    allowed(caller);
    if (!CHARTS.contains(chart)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<List<String>> rows = new ArrayList<>();
    switch (chart) {
      case "cases-per-week" -> {
        List<String> header = new ArrayList<>(List.of(word("figures.col.week")));
        BureauFigures.CASE_STATUSES.forEach(s -> header.add(word("verification.status." + s)));
        header.add(word("figures.col.total"));
        rows.add(header);
        figures.casesPerWeek().forEach(w -> {
          List<String> row = new ArrayList<>(List.of(w.monday().toString()));
          BureauFigures.CASE_STATUSES.forEach(s -> row.add(Long.toString(w.count(s))));
          row.add(Long.toString(w.total()));
          rows.add(row);
        });
      }
      case "days-by-channel", "days-by-bureau" -> {
        boolean channel = chart.equals("days-by-channel");
        rows.add(List.of(word(channel ? "figures.col.channel" : "figures.col.bureau"), word("figures.col.cases"),
            word("figures.col.median"), word("figures.col.p90")));
        (channel ? figures.daysToResultByChannel() : figures.daysToResultByBureau()).forEach(d -> rows.add(List.of(
            word((channel ? "channel." : "verification.region.") + d.key()), Integer.toString(d.cases()),
            Double.toString(d.median()), Double.toString(d.p90()))));
      }
      case "tasks-by-group" -> {
        rows.add(List.of(word("figures.col.group"), word("figures.col.open"), word("figures.col.overdue")));
        figures.tasksByGroup().forEach(t -> rows.add(List.of(word("figures.group." + t.group()),
            Long.toString(t.open()), Long.toString(t.overdue()))));
      }
      case "monitoring-cycles" -> {
        rows.add(List.of(word("figures.col.cycle"), word("figures.col.startedOn"), word("figures.col.reviewed"),
            word("figures.col.compliant"), word("figures.col.onWatch"), word("figures.col.nonCompliant"),
            word("figures.col.rectified"), word("figures.col.removed")));
        figures.monitoringCycles().forEach(c -> rows.add(List.of(c.reference(), c.startedOn().toString(),
            Integer.toString(c.qualifications()), Integer.toString(c.compliant()), Integer.toString(c.onWatch()),
            Integer.toString(c.nonCompliant()), Integer.toString(c.rectified()), Integer.toString(c.removed()))));
      }
      default -> {
        rows.add(List.of(word("figures.col.edition"), word("figures.col.publishedOn"), word("edition.kind.ADDED"),
            word("edition.kind.ADJUSTED"), word("edition.kind.REMOVED")));
        figures.catalogChanges().forEach(e -> rows.add(List.of(editionName(e), String.valueOf(e.publishedOn()),
            Long.toString(e.added()), Long.toString(e.adjusted()), Long.toString(e.removed()))));
      }
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("qualcat-" + chart + ".csv")
            .build().toString())
        .cacheControl(CacheControl.noStore())
        .body(CsvFiles.of(rows));
  }

  private String editionName(BureauFigures.EditionChanges e) {
    return "zh".equals(LocaleContextHolder.getLocale().getLanguage()) && e.nameZh() != null ? e.nameZh() : e.name();
  }

  private static void allowed(Authentication caller) {
    if (!Access.inAny(caller, Access.FIGURE_READERS)) {
      throw new AccessDeniedException("the bureau's figures are for its staff");
    }
  }

  private String word(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
