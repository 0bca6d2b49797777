package org.qualcat.exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.security.Access;
import org.qualcat.system.ConflictException;
import org.qualcat.system.FormProblems;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  private static final String MESSAGES = "monitoring";

  private final Exits exits;
  private final ExitQueries queries;
  private final QualificationNames names;
  private final CatalogInForce catalog;
  private final FormProblems problems;

  ExitPages(Exits exits, ExitQueries queries, QualificationNames names, CatalogInForce catalog,
      FormProblems problems) {
    this.exits = exits;
    this.queries = queries;
    this.names = names;
    this.catalog = catalog;
    this.problems = problems;
  }

  @GetMapping("/new")
  @PreAuthorize(Access.MONITOR)
  String newExit(Model model) {
    return form(null, null, Map.of(), model);
  }

  @PostMapping("/new")
  @PreAuthorize(Access.MONITOR)
  String flag(@RequestParam(required = false) String qualificationCode, @RequestParam(required = false) String grounds,
      Authentication caller, Model model, RedirectAttributes redirect) {
    ExitApi.FlagRequest request = new ExitApi.FlagRequest(qualificationCode, grounds);
    List<FieldError> errors = new ArrayList<>(problems.check(request));
    if (errors.isEmpty()) {
      try {
        ExitCase exit = exits.flag(request.qualificationCode().strip(), request.grounds().strip(), caller.getName());
        redirect.addFlashAttribute("notice", problems.sentence("exit.notice.flagged"));
        return "redirect:/exits/" + exit.getReference();
      } catch (InvalidInputException e) {
        errors.addAll(e.getErrors());
      } catch (ConflictException e) {
        model.addAttribute("problem", problems.sentence("exit.problem.alreadyBeforeCommittee"));
        queries.underReview(request.qualificationCode().strip())
            .ifPresent(open -> model.addAttribute("openExit", open));
      }
    }
    return form(qualificationCode, grounds, problems.sentences(MESSAGES, errors), model);
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

  private String form(String qualificationCode, String grounds, Map<String, String> refused, Model model) {
    model.addAttribute("qualificationCode", qualificationCode);
    model.addAttribute("grounds", grounds);
    model.addAttribute("problems", refused);
    model.addAttribute("qualifications", names.inForce(LocaleContextHolder.getLocale()));
    return "exit/new";
  }
}
