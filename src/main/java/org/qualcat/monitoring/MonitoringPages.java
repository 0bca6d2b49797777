package org.qualcat.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.monitoring.MonitoringViews.CycleLine;
import org.qualcat.monitoring.MonitoringViews.CyclePage;
import org.qualcat.monitoring.MonitoringViews.RectificationView;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.ConflictException;
import org.qualcat.system.FormProblems;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitors' pages (English and Chinese): the cycles with their counts, starting one, a cycle's reviews, the
 * standing inputs about a qualification and the issuer's rectification report. They call the services the API calls
 * ({@link MonitoringApi}) with the API's own requests, so what is refused there is refused here, in plain words.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringPages {

  static final String MESSAGES = "monitoring";

  private final MonitoringCycles cycles;
  private final MonitorActions monitors;
  private final MonitoringQueries queries;
  private final QualificationNames names;
  private final FormProblems problems;

  MonitoringPages(MonitoringCycles cycles, MonitorActions monitors, MonitoringQueries queries,
      QualificationNames names, FormProblems problems) {
    this.cycles = cycles;
    this.monitors = monitors;
    this.queries = queries;
    this.names = names;
    this.problems = problems;
  }

  /** The standing-input form as the browser posts it: text, read into the API's request. */
  public record InputForm(String qualificationCode, String technicalCompliance, String holderOutcomes,
      String certificatesInBeijing, String issuerResponsive, String issuerContactEmail, String note) {

    static InputForm empty(String qualificationCode) {
      return new InputForm(qualificationCode, null, null, null, null, null, null);
    }
  }

  @GetMapping
  @PreAuthorize(Access.READ_MONITORING)
  String cycles(@RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
    PageView<CycleLine> lines = queries.cycles(page);
    boolean monitor = Roles.has(caller, Roles.MONITORS);
    model.addAttribute("cycles", lines);
    model.addAttribute("monitor", monitor);
    model.addAttribute("running", lines.items().stream().filter(CycleLine::running).findFirst().orElse(null));
    model.addAttribute("toReview", monitor ? cycles.codesToReview().size() : 0);
    return "monitoring/cycles";
  }

  @PostMapping("/cycles")
  @PreAuthorize(Access.MONITOR)
  String start(Authentication caller, RedirectAttributes redirect) {
    try {
      MonitoringCycle cycle = cycles.start(caller.getName());
      redirect.addFlashAttribute("notice", problems.sentence("monitoring.notice.started", cycle.getReference()));
      return "redirect:/monitoring/cycles/" + cycle.getReference();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", problems.sentence("monitoring.problem.cycleRunning"));
      return "redirect:/monitoring";
    }
  }

  @GetMapping("/cycles/{reference}")
  @PreAuthorize(Access.READ_MONITORING)
  String cycle(@PathVariable String reference, Authentication caller, Model model) {
    CyclePage found = found(() -> queries.cyclePage(reference));
    model.addAttribute("cycle", found.cycle());
    model.addAttribute("reviews", found.reviews());
    model.addAttribute("monitor", Roles.has(caller, Roles.MONITORS));
    return "monitoring/cycle";
  }

  @GetMapping("/inputs")
  @PreAuthorize(Access.MONITOR)
  String inputs(@RequestParam(required = false) String qualification, Model model) {
    return inputForm(InputForm.empty(qualification), Map.of(), model);
  }

  @PostMapping("/inputs")
  @PreAuthorize(Access.MONITOR)
  String recordInput(@ModelAttribute("form") InputForm form, Authentication caller, Model model,
      RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    MonitoringApi.InputRequest request = new MonitoringApi.InputRequest(blankToNull(form.qualificationCode()),
        choice(TechnicalCompliance.class, form.technicalCompliance(), "technicalCompliance", errors),
        choice(HolderOutcomes.class, form.holderOutcomes(), "holderOutcomes", errors),
        count(form.certificatesInBeijing(), "certificatesInBeijing", errors), answer(form.issuerResponsive()),
        blankToNull(form.issuerContactEmail()), blankToNull(form.note()));
    errors.addAll(problems.check(request));
    if (errors.isEmpty()) {
      try {
        monitors.recordInput(request.qualificationCode(), request.technicalCompliance(), request.holderOutcomes(),
            request.certificatesInBeijing(), request.issuerResponsive(), request.issuerContactEmail(),
            request.note(), caller.getName());
        redirect.addFlashAttribute("notice", problems.sentence("monitoring.notice.inputRecorded",
            names.of(request.qualificationCode()).name(LocaleContextHolder.getLocale())));
        return "redirect:/monitoring/inputs?qualification=" + request.qualificationCode();
      } catch (InvalidInputException e) {
        errors.addAll(e.getErrors());
      }
    }
    return inputForm(form, problems.sentences(MESSAGES, errors), model);
  }

  @GetMapping("/reviews/{id}/rectification")
  @PreAuthorize(Access.MONITOR)
  String rectification(@PathVariable long id, Model model) {
    return rectificationForm(rectificationView(id), "", Map.of(), model);
  }

  @PostMapping("/reviews/{id}/rectification")
  @PreAuthorize(Access.MONITOR)
  String reportRectification(@PathVariable long id, @RequestParam(required = false) String report, Model model,
      RedirectAttributes redirect) {
    RectificationView review = rectificationView(id);
    MonitoringApi.RectificationReport request = new MonitoringApi.RectificationReport(report);
    List<FieldError> errors = problems.check(request);
    if (errors.isEmpty()) {
      try {
        monitors.rectificationReported(id, request.report().strip());
        redirect.addFlashAttribute("notice", problems.sentence("monitoring.notice.rectificationRecorded",
            review.qualification().name(LocaleContextHolder.getLocale())));
        return "redirect:" + review.back();
      } catch (ConflictException e) {
        model.addAttribute("problem", problems.sentence("monitoring.problem.notAwaitingRectification"));
      }
    }
    return rectificationForm(review, report, problems.sentences(MESSAGES, errors), model);
  }

  private String inputForm(InputForm form, Map<String, String> refused, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("form", form);
    model.addAttribute("problems", refused);
    model.addAttribute("qualifications", names.inForce(locale));
    model.addAttribute("compliances", TechnicalCompliance.values());
    model.addAttribute("outcomes", HolderOutcomes.values());
    if (refused.isEmpty() && form.qualificationCode() != null) {
      queries.latestInput(form.qualificationCode()).ifPresent(latest -> {
        model.addAttribute("latest", latest);
        model.addAttribute("latestName", names.of(latest.getQualificationCode()).name(locale));
      });
    }
    return "monitoring/inputs";
  }

  private String rectificationForm(RectificationView review, String report, Map<String, String> refused,
      Model model) {
    model.addAttribute("review", review);
    model.addAttribute("report", report);
    model.addAttribute("problems", refused);
    return "monitoring/rectification";
  }

  private RectificationView rectificationView(long id) {
    return found(() -> queries.rectification(id));
  }

  private static <T> T found(Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.coded(field, "validation.choice", "is not one of the choices"));
      return null;
    }
  }

  /** A count typed in a number field: empty is not known; anything but a whole number is refused. */
  private static Integer count(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(FieldError.coded(field, "validation.number", "must be a whole number"));
      return null;
    }
  }

  /** Yes, no, or not known (empty). */
  private static Boolean answer(String value) {
    return value == null || value.isBlank() ? null : Boolean.valueOf("true".equals(value.strip()));
  }
}
