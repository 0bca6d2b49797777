package org.qualcat.verification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's HR staff submit many cases at once ({@link BulkSubmissions}): upload the sheet (a refused one is
 * answered with the table of every bad row), then the files its rows name, then follow the progress bar until every
 * row is a case, and download the summary.
 */
@Controller
@RequestMapping("/verification/bulk")
class BulkPages {

  private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

  private final BulkSubmissions bulk;
  private final Callers callers;
  private final MessageSource messages;
  private final PageWords words;

  BulkPages(BulkSubmissions bulk, Callers callers, MessageSource messages, PageWords words) {
    this.words = words;
    this.bulk = bulk;
    this.callers = callers;
    this.messages = messages;
  }

  /** A row of the summary as the page lists it: its problem, if any, in the page's language where it can be. */
  public record SummaryRow(int row, String status, String caseReference, String problem) {
  }

  private SummaryRow outcome(BulkSubmissions.RowOutcome row) {
    String problem = row.problem();
    if (row.problemCode() != null) {
      // a sentence with a blank to fill (an open case's reference) stays in the English the row recorded
      String said = messages.getMessage(row.problemCode(), null, null, LocaleContextHolder.getLocale());
      problem = said == null || said.contains("{") ? problem : said;
    }
    return new SummaryRow(row.row(), row.status(), row.caseReference(), problem);
  }

  /** A problem of a refused sheet as the page lists it: the row, the column's label, the problem in words. */
  public record RowProblem(Integer row, String column, String problem) {
  }

  @GetMapping
  String list(Authentication authentication, Model model) {
    return page(hrStaff(authentication), List.of(), model);
  }

  @PostMapping
  String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
      RedirectAttributes redirect) throws IOException {
    Caller caller = hrStaff(authentication);
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException(List.of(FieldError.coded(BulkSheet.FIELD, "validation.bulk.empty",
            "must be a CSV or XLSX file with a header row and at least one row")));
      }
      BulkSubmissions.Progress accepted = bulk.accept(file.getOriginalFilename(), file.getBytes(), caller);
      redirect.addFlashAttribute("notice", say("bulk.notice.accepted", accepted.total()));
      return "redirect:/verification/bulk/" + accepted.reference();
    } catch (InvalidInputException e) {
      return page(caller, e.getErrors().stream().map(this::problem).toList(), model);
    }
  }

  @GetMapping("/{reference}")
  String submission(@PathVariable String reference, Authentication authentication, Model model) {
    Caller caller = hrStaff(authentication);
    BulkSubmissions.Progress progress = found(() -> bulk.progress(reference, caller));
    model.addAttribute("b", progress);
    model.addAttribute("rows", progress.status() == BulkStatus.DONE || progress.status() == BulkStatus.CANCELLED
        ? bulk.rows(reference, caller).stream().map(this::outcome).toList() : List.of());
    return "verification/bulk-submission";
  }

  /** The figures the progress bar follows (the page's script asks every second while the rows are being worked). */
  @GetMapping("/{reference}/progress")
  @ResponseBody
  BulkSubmissions.Progress progress(@PathVariable String reference, Authentication authentication) {
    Caller caller = hrStaff(authentication);
    return found(() -> bulk.progress(reference, caller));
  }

  @PostMapping("/{reference}/files")
  String files(@PathVariable String reference, @RequestParam(required = false) List<MultipartFile> files,
      Authentication authentication, RedirectAttributes redirect) throws IOException {
    Caller caller = hrStaff(authentication);
    List<BulkSubmissions.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (!file.isEmpty()) {
        uploads.add(new BulkSubmissions.Upload(file.getOriginalFilename(), file.getBytes()));
      }
    }
    try {
      BulkSubmissions.Progress progress = found(() -> bulk.addFiles(reference, uploads, caller));
      redirect.addFlashAttribute("notice", progress.status() == BulkStatus.RUNNING ? say("bulk.notice.running")
          : say("bulk.notice.filesTaken", uploads.size(), progress.filesMissing().size()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problems", e.getErrors().stream().map(this::problem).map(RowProblem::problem)
          .toList());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problems", List.of(say("bulk.problem.notAwaitingFiles")));
    }
    return "redirect:/verification/bulk/" + reference;
  }

  @PostMapping("/{reference}/cancel")
  String cancel(@PathVariable String reference, Authentication authentication, RedirectAttributes redirect) {
    Caller caller = hrStaff(authentication);
    try {
      found(() -> bulk.cancel(reference, caller));
      redirect.addFlashAttribute("notice", say("bulk.notice.cancelled"));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problems", List.of(say("bulk.problem.running")));
    }
    return "redirect:/verification/bulk/" + reference;
  }

  @GetMapping("/{reference}/summary.csv")
  ResponseEntity<byte[]> summary(@PathVariable String reference, Authentication authentication) {
    Caller caller = hrStaff(authentication);
    return BulkApi.csv(reference, found(() -> bulk.summaryCsv(reference, caller)));
  }

  private String page(Caller caller, List<RowProblem> problems, Model model) {
    model.addAttribute("submissions", bulk.list(caller));
    model.addAttribute("problems", problems);
    model.addAttribute("employer", caller.employer());
    model.addAttribute("columns", BulkSheet.COLUMNS);
    model.addAttribute("maxRows", BulkSheet.MAX_ROWS);
    return "verification/bulk";
  }

  private Caller hrStaff(Authentication authentication) {
    Caller caller = callers.of(authentication);
    if (!caller.isEmployer()) {
      throw new AccessDeniedException("bulk submissions are for the HR staff of a registered employer");
    }
    return caller;
  }

  private static <T> T found(java.util.function.Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** A problem in the page's language: "row 4 · Qualification · not in the catalog …". */
  private RowProblem problem(FieldError error) {
    Matcher row = ROW_FIELD.matcher(error.field());
    String column = row.matches() ? row.group(2) : error.field();
    String label = words.label("verification.field.", column);
    String text = words.problem(error.code() == null ? new FieldError(error.field(), error.message(), "invalid",
        error.arguments()) : error, column);
    return new RowProblem(row.matches() ? Integer.valueOf(row.group(1)) : null, row.matches() ? label : null, text);
  }

  private String say(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
