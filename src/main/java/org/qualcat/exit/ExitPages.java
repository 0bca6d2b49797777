package org.qualcat.exit;

import jakarta.validation.Validator;
import java.util.List;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.security.Access;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monitors flag a listed qualification for removal (the service and the request of {@link ExitApi}); staff who read
 * exits follow the case: where it stands, its grounds and the committee's outcome.
 */
@Controller
@RequestMapping("/exits")
class ExitPages {

  /** The exit pages speak from the monitors' message bundle. */
  private static final String PROBLEMS = "monitoring.problem.";

  private final Exits exits;
  private final ExitQueries queries;
  private final QualificationNames names;
  private final CatalogInForce catalog;
  private final Validator validator;
  private final MessageSource messages;

  ExitPages(Exits exits, ExitQueries queries, QualificationNames names, CatalogInForce catalog, Validator validator,
      MessageSource messages) {
    this.exits = exits;
    this.queries = queries;
    this.names = names;
    this.catalog = catalog;
    this.validator = validator;
    this.messages = messages;
  }

  /** The flag form as the page posts it. */
  public static class FlagForm {

    private String qualificationCode;
    private String grounds;

    public String getQualificationCode() {
      return qualificationCode;
    }

    public void setQualificationCode(String qualificationCode) {
      this.qualificationCode = qualificationCode;
    }

    public String getGrounds() {
      return grounds;
    }

    public void setGrounds(String grounds) {
      this.grounds = grounds;
    }
  }

  @GetMapping("/new")
  @PreAuthorize(Access.MONITOR)
  String newExit(Model model) {
    return form(new FlagForm(), model);
  }

  @PostMapping("/new")
  @PreAuthorize(Access.MONITOR)
  String flag(@ModelAttribute("flagForm") FlagForm form, BindingResult binding, Authentication caller, Model model,
      RedirectAttributes redirect) {
    ExitApi.FlagRequest request = new ExitApi.FlagRequest(form.getQualificationCode(), form.getGrounds());
    List<FieldError> errors = PageForms.problems(validator, request);
    if (errors.isEmpty()) {
      try {
        ExitCase exit = exits.flag(request.qualificationCode().strip(), request.grounds().strip(), caller.getName());
        redirect.addFlashAttribute("notice", PageForms.sentence(messages, "exit.notice.flagged"));
        return "redirect:/exits/" + exit.getReference();
      } catch (InvalidInputException e) {
        errors = e.getErrors();
      } catch (ConflictException e) {
        model.addAttribute("problem", PageForms.sentence(messages, "exit.problem.alreadyBeforeCommittee"));
        queries.underReview(request.qualificationCode().strip())
            .ifPresent(open -> model.addAttribute("openExit", open));
      }
    }
    PageForms.reject(binding, PROBLEMS, errors);
    return form(form, model);
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_EXITS)
  String exit(@PathVariable String reference, Model model) {
    ExitCase exit;
    try {
      exit = queries.byReference(reference);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("exit", exit);
    model.addAttribute("qualification", names.of(exit.getQualificationCode()));
    model.addAttribute("edition", exit.getRemovedInEdition() == null ? null
        : catalog.editionName(exit.getRemovedInEdition()).orElse(null));
    return "exit/exit";
  }

  private String form(FlagForm form, Model model) {
    model.addAttribute("flagForm", form);
    model.addAttribute("qualifications", names.inForce(LocaleContextHolder.getLocale()));
    return "exit/new";
  }
}
