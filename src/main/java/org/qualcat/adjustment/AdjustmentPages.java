package org.qualcat.adjustment;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.QualificationNames;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.committee.ReviewTimeline;
import org.qualcat.security.Access;
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
 * Adjustments as pages (English and Chinese): the secretariat chooses a qualification of the edition in force by its
 * name and says what should change; the selection's officers read them. The same service and checks as
 * {@code /api/adjustments}.
 */
@Controller
@RequestMapping("/adjustments")
class AdjustmentPages {

  static final int PAGE_SIZE = 20;
  /** The sentences that say what is wrong with a field (messages-selection). */
  static final String PROBLEMS = "selection.invalid.";

  private final Adjustments adjustments;
  private final AdjustmentQueries queries;
  private final Validator validator;
  private final MessageSource messages;
  private final QualificationNames names;

  AdjustmentPages(Adjustments adjustments, AdjustmentQueries queries, Validator validator, MessageSource messages,
      QualificationNames names) {
    this.adjustments = adjustments;
    this.queries = queries;
    this.validator = validator;
    this.messages = messages;
    this.names = names;
  }

  @GetMapping
  @PreAuthorize(Access.READ_ADJUSTMENTS)
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("adjustments", queries.page(PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE,
        Sort.by(Sort.Direction.DESC, "id"))));
    return "selection/adjustments";
  }

  /** First the qualification, by its name; then the change, starting from what the catalog says now. */
  @GetMapping("/new")
  @PreAuthorize(Access.REQUEST_ADJUSTMENT)
  String newAdjustment(@RequestParam(required = false) String qualification, Model model) {
    Optional<QualificationDetails> now = qualification == null ? Optional.empty() : queries.now(qualification);
    return form(now.map(d -> AdjustmentForm.of(qualification, d)).orElseGet(AdjustmentForm::new), now, model);
  }

  @PostMapping("/new")
  @PreAuthorize(Access.REQUEST_ADJUSTMENT)
  String request(@ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult binding,
      Authentication caller, Model model, RedirectAttributes redirect) {
    Optional<QualificationDetails> now = queries.now(form.getQualificationCode());
    try {
      if (now.isEmpty()) {
        // only a qualification of the edition in force, still in the catalog, is offered
        throw new InvalidInputException("qualificationCode", "names no qualification in the catalog");
      }
      AdjustmentRequest adjustment = adjustments.request(PageForms.validated(validator, form.toCommand()),
          caller.getName());
      redirect.addFlashAttribute("notice", "requested");
      return "redirect:/adjustments/" + adjustment.getReference();
    } catch (InvalidInputException e) {
      PageForms.reject(binding, PROBLEMS, e.getErrors());
    } catch (ConflictException e) {
      binding.reject(PROBLEMS + "qualificationCode.underReview", e.getMessage());
    }
    return form(form, now, model);
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_ADJUSTMENTS)
  String view(@PathVariable String reference, Model model) {
    AdjustmentQueries.Detail detail;
    try {
      detail = queries.detail(reference);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    AdjustmentRequest adjustment = detail.adjustment();
    ReviewRecordView review = detail.review();
    model.addAttribute("a", AdjustmentView.of(adjustment, List.of(), review));
    model.addAttribute("qualification", names.of(adjustment.getQualificationCode()));
    model.addAttribute("step", step(adjustment.getStatus(), review));
    model.addAttribute("timeline", new ReviewTimeline(messages, LocaleContextHolder.getLocale(), true)
        .add(adjustment.getRequestedAt(), "selection.event.requested", adjustment.getRequestedBy(), null)
        .review(review)
        .add(adjustment.getClosedAt(), "selection.event.closed." + adjustment.getStatus(), null, null)
        .entries());
    return "selection/adjustment";
  }

  private String form(AdjustmentForm form, Optional<QualificationDetails> now, Model model) {
    model.addAttribute("adjustmentForm", form);
    model.addAttribute("now", now.orElse(null));
    model.addAttribute("chosen", now.map(d -> names.of(form.getQualificationCode())).orElse(null));
    model.addAttribute("options", names.inForce(LocaleContextHolder.getLocale()));
    model.addAttribute("lists", CatalogList.values());
    model.addAttribute("titleLevels", TitleLevel.values());
    model.addAttribute("titleChannelChoices", org.qualcat.catalog.TitleChannel.values());
    return "selection/adjustment-new";
  }

  /** Where the adjustment stands, as a message key: the committee review's step while it is open. */
  static String step(AdjustmentStatus status, ReviewRecordView review) {
    return status != AdjustmentStatus.UNDER_REVIEW ? "selection.step.adjustment." + status
        : "selection.step.review." + (review == null ? "PENDING" : review.status().name());
  }
}
