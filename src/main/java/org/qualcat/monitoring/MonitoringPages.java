package org.qualcat.monitoring;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.monitoring.MonitoringViews.CycleLine;
import org.qualcat.monitoring.MonitoringViews.CyclePage;
import org.qualcat.monitoring.MonitoringViews.RectificationView;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
import org.qualcat.system.PageView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

  /** The sentences that say what is wrong with a field (messages-monitoring). */
  static final String PROBLEMS = "monitoring.problem.";

  private final MonitoringCycles cycles;
  private final MonitorActions monitors;
  private final MonitoringQueries queries;
  private final QualificationNames names;
  private final Validator validator;
  private final MessageSource messages;

  MonitoringPages(MonitoringCycles cycles, MonitorActions monitors, MonitoringQueries queries,
      QualificationNames names, Validator validator, MessageSource messages) {
    this.cycles = cycles;
    this.monitors = monitors;
    this.queries = queries;
    this.names = names;
    this.validator = validator;
    this.messages = messages;
  }

  /** The standing-input form as the browser posts it: text, read into the API's request. */
  public static class InputForm {

    private String qualificationCode;
    private String technicalCompliance;
    private String holderOutcomes;
    private String certificatesInBeijing;
    private String issuerResponsive;
    private String issuerContactEmail;
    private String note;

    static InputForm empty(String qualificationCode) {
      InputForm form = new InputForm();
      form.setQualificationCode(qualificationCode);
      return form;
    }

    public String getQualificationCode() {
      return qualificationCode;
    }

    public void setQualificationCode(String qualificationCode) {
      this.qualificationCode = qualificationCode;
    }

    public String getTechnicalCompliance() {
      return technicalCompliance;
    }

    public void setTechnicalCompliance(String technicalCompliance) {
      this.technicalCompliance = technicalCompliance;
    }

    public String getHolderOutcomes() {
      return holderOutcomes;
    }

    public void setHolderOutcomes(String holderOutcomes) {
      this.holderOutcomes = holderOutcomes;
    }

    public String getCertificatesInBeijing() {
      return certificatesInBeijing;
    }

    public void setCertificatesInBeijing(String certificatesInBeijing) {
      this.certificatesInBeijing = certificatesInBeijing;
    }

    public String getIssuerResponsive() {
      return issuerResponsive;
    }

    public void setIssuerResponsive(String issuerResponsive) {
      this.issuerResponsive = issuerResponsive;
    }

    public String getIssuerContactEmail() {
      return issuerContactEmail;
    }

    public void setIssuerContactEmail(String issuerContactEmail) {
      this.issuerContactEmail = issuerContactEmail;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** The issuer's rectification report as the page posts it. */
  public static class ReportForm {

    private String report;

    public String getReport() {
      return report;
    }

    public void setReport(String report) {
      this.report = report;
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
      redirect.addFlashAttribute("notice", PageForms.sentence(messages, "monitoring.notice.started",
          cycle.getReference()));
      return "redirect:/monitoring/cycles/" + cycle.getReference();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", PageForms.sentence(messages, "monitoring.problem.cycleRunning"));
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
    return inputForm(InputForm.empty(qualification), false, model);
  }

  @PostMapping("/inputs")
  @PreAuthorize(Access.MONITOR)
  String recordInput(@ModelAttribute("form") InputForm form, BindingResult binding, Authentication caller,
      Model model, RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    MonitoringApi.InputRequest request = new MonitoringApi.InputRequest(
        PageForms.given(form.getQualificationCode()),
        PageForms.choice(TechnicalCompliance.class, form.getTechnicalCompliance(), "technicalCompliance", errors),
        PageForms.choice(HolderOutcomes.class, form.getHolderOutcomes(), "holderOutcomes", errors),
        PageForms.count(form.getCertificatesInBeijing(), "certificatesInBeijing", errors),
        answer(form.getIssuerResponsive()), PageForms.given(form.getIssuerContactEmail()),
        PageForms.given(form.getNote()));
    errors.addAll(PageForms.problems(validator, request));
    if (errors.isEmpty()) {
      try {
        monitors.recordInput(request.qualificationCode(), request.technicalCompliance(), request.holderOutcomes(),
            request.certificatesInBeijing(), request.issuerResponsive(), request.issuerContactEmail(),
            request.note(), caller.getName());
        redirect.addFlashAttribute("notice", PageForms.sentence(messages, "monitoring.notice.inputRecorded",
            names.of(request.qualificationCode()).name(LocaleContextHolder.getLocale())));
        return "redirect:/monitoring/inputs?qualification=" + request.qualificationCode();
      } catch (InvalidInputException e) {
        errors.addAll(e.getErrors());
      }
    }
    PageForms.reject(binding, PROBLEMS, errors);
    return inputForm(form, binding.hasErrors(), model);
  }

  @GetMapping("/reviews/{id}/rectification")
  @PreAuthorize(Access.MONITOR)
  String rectification(@PathVariable long id, Model model) {
    return rectificationForm(rectificationView(id), new ReportForm(), model);
  }

  @PostMapping("/reviews/{id}/rectification")
  @PreAuthorize(Access.MONITOR)
  String reportRectification(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form,
      BindingResult binding, Model model, RedirectAttributes redirect) {
    RectificationView review = rectificationView(id);
    MonitoringApi.RectificationReport request = new MonitoringApi.RectificationReport(form.getReport());
    List<FieldError> errors = PageForms.problems(validator, request);
    if (errors.isEmpty()) {
      try {
        monitors.rectificationReported(id, request.report().strip());
        redirect.addFlashAttribute("notice", PageForms.sentence(messages, "monitoring.notice.rectificationRecorded",
            review.qualification().name(LocaleContextHolder.getLocale())));
        return "redirect:" + review.back();
      } catch (ConflictException e) {
        model.addAttribute("problem", PageForms.sentence(messages, "monitoring.problem.notAwaitingRectification"));
      }
    }
    PageForms.reject(binding, PROBLEMS, errors);
    return rectificationForm(review, form, model);
  }

  private String inputForm(InputForm form, boolean refused, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("form", form);
    model.addAttribute("qualifications", names.inForce(locale));
    model.addAttribute("compliances", TechnicalCompliance.values());
    model.addAttribute("outcomes", HolderOutcomes.values());
    if (!refused && form.getQualificationCode() != null) {
      queries.latestInput(form.getQualificationCode()).ifPresent(latest -> {
        model.addAttribute("latest", latest);
        model.addAttribute("latestName", names.of(latest.getQualificationCode()).name(locale));
      });
    }
    return "monitoring/inputs";
  }

  private String rectificationForm(RectificationView review, ReportForm form, Model model) {
    model.addAttribute("review", review);
    model.addAttribute("reportForm", form);
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

  /** Yes, no, or not known (empty). */
  private static Boolean answer(String value) {
    return value == null || value.isBlank() ? null : Boolean.valueOf("true".equals(value.strip()));
  }
}
