package org.qualcat.nomination;

import jakarta.validation.Validator;
import java.util.List;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.committee.ReviewTimeline;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * Nominations as pages (English and Chinese): the secretariat and nominating authorities nominate and supply what the
 * secretariat asks for; the selection's officers read them all, an authority its own. The same services and checks
 * as {@code /api/nominations}.
 */
@Controller
@RequestMapping("/nominations")
class NominationPages {

  static final int PAGE_SIZE = 20;
  /** The sentences that say what is wrong with a field (messages-selection). */
  static final String PROBLEMS = "selection.invalid.";

  private final Nominations nominations;
  private final NominationQueries queries;
  private final Validator validator;
  private final MessageSource messages;

  NominationPages(Nominations nominations, NominationQueries queries, Validator validator, MessageSource messages) {
    this.nominations = nominations;
    this.queries = queries;
    this.validator = validator;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize(Access.READ_NOMINATIONS)
  String list(@RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
    boolean officer = Access.inAny(caller, Access.NOMINATION_OFFICERS);
    PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE,
        Sort.by(Sort.Direction.DESC, "id"));
    model.addAttribute("nominations", queries.rows(request, caller.getName(), officer));
    model.addAttribute("officer", officer);
    model.addAttribute("mayNominate", mayNominate(caller));
    return "selection/nominations";
  }

  @GetMapping("/new")
  @PreAuthorize(Access.NOMINATE)
  String newNomination(Model model) {
    return form(new NominationForm(), model);
  }

  @PostMapping("/new")
  @PreAuthorize(Access.NOMINATE)
  String nominate(@ModelAttribute("nominationForm") NominationForm form, BindingResult binding, Authentication caller,
      Model model, RedirectAttributes redirect) {
    try {
      Nomination nomination = nominations.submit(PageForms.validated(validator, form.toRequest()), caller.getName());
      redirect.addFlashAttribute("notice", "submitted");
      return "redirect:/nominations/" + nomination.getReference();
    } catch (InvalidInputException e) {
      PageForms.reject(binding, PROBLEMS, e.getErrors());
    } catch (ConflictException e) {
      // already in the catalog, or nominated: the code is taken
      binding.rejectValue("code", PROBLEMS + "code.taken", e.getMessage());
    }
    return form(form, model);
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_NOMINATIONS)
  String view(@PathVariable String reference, Authentication caller, Model model) {
    return page(reference, new SupplementForm(), caller, model);
  }

  /** What the secretariat asked for, as the page posts it. */
  public static class SupplementForm {

    private String supplement;

    public String getSupplement() {
      return supplement;
    }

    public void setSupplement(String supplement) {
      this.supplement = supplement;
    }
  }

  @PostMapping("/{reference}/supplements")
  @PreAuthorize(Access.NOMINATE)
  String supplement(@PathVariable String reference, @ModelAttribute("supplementForm") SupplementForm form,
      BindingResult binding, Authentication caller, Model model, RedirectAttributes redirect) {
    try {
      var request = PageForms.validated(validator, new NominationApi.SupplementRequest(form.getSupplement()));
      nominations.provideSupplement(reference, request.supplement().strip(), caller.getName(),
          Roles.has(caller, Roles.SECRETARIAT));
      redirect.addFlashAttribute("notice", "supplied");
      return "redirect:/nominations/" + reference;
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (InvalidInputException e) {
      PageForms.reject(binding, PROBLEMS, e.getErrors());
    } catch (ConflictException e) {
      binding.reject(PROBLEMS + "supplement.notAwaited", e.getMessage());
    }
    return page(reference, form, caller, model);
  }

  private String page(String reference, SupplementForm supplement, Authentication caller, Model model) {
    boolean officer = Access.inAny(caller, Access.NOMINATION_OFFICERS);
    NominationQueries.Detail detail;
    try {
      detail = queries.detail(reference, caller.getName(), officer);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Nomination nomination = detail.nomination();
    ReviewRecordView review = detail.review();
    model.addAttribute("n", NominationView.of(nomination, List.of(), review));
    model.addAttribute("step", NominationQueries.step(nomination.getStatus(), review));
    model.addAttribute("officer", officer);
    // the secretariat supplies on the nominator's behalf, the nominator their own (the service decides the same)
    model.addAttribute("maySupply", nomination.getStatus() == NominationStatus.AWAITING_SUPPLEMENT
        && (Roles.has(caller, Roles.SECRETARIAT)
        || Roles.has(caller, Roles.AUTHORITIES) && nomination.getNominatedBy().equals(caller.getName())));
    model.addAttribute("supplementForm", supplement);
    model.addAttribute("timeline", new ReviewTimeline(messages, LocaleContextHolder.getLocale(), officer)
        .add(nomination.getSubmittedAt(), "selection.event.submitted", nomination.getNominatedBy(), null)
        .review(review)
        .add(nomination.getStatus().isOpen() ? null : nomination.getClosedAt(),
            "selection.event.closed." + nomination.getStatus(), null, null)
        .entries());
    return "selection/nomination";
  }

  private String form(NominationForm form, Model model) {
    model.addAttribute("nominationForm", form);
    model.addAttribute("lists", CatalogList.values());
    model.addAttribute("titleLevels", TitleLevel.values());
    model.addAttribute("titleChannelChoices", org.qualcat.catalog.TitleChannel.values());
    model.addAttribute("practiceFields", PracticeField.values());
    model.addAttribute("channels", VerificationChannel.values());
    return "selection/nomination-new";
  }

  private static boolean mayNominate(Authentication caller) {
    return Roles.has(caller, Roles.SECRETARIAT) || Roles.has(caller, Roles.AUTHORITIES);
  }
}
