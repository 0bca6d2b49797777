package org.qualcat.committee;

import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.List;
import org.qualcat.process.BureauTime;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public notice as pages (English and Chinese): anyone reads the matters under notice; a signed-in user lodges
 * an objection to one, which returns it to the committee ({@link PublicNotices#object}, as the API does).
 */
@Controller
class NoticesPages {

  private final CommitteeQueries queries;
  private final PublicNotices notices;
  private final Validator validator;

  NoticesPages(CommitteeQueries queries, PublicNotices notices, Validator validator) {
    this.queries = queries;
    this.notices = notices;
    this.validator = validator;
  }

  /** A matter under notice with its period in Beijing time. */
  public record Notice(NoticeView matter, LocalDateTime startsAt, LocalDateTime endsAt) {

    static Notice of(NoticeView matter) {
      return new Notice(matter, LocalDateTime.ofInstant(matter.noticeStartedAt(), BureauTime.ZONE),
          LocalDateTime.ofInstant(matter.noticeEndsAt(), BureauTime.ZONE));
    }
  }

  /** The objection form. */
  public static class ObjectionForm {

    private String grounds;

    public String getGrounds() {
      return grounds;
    }

    public void setGrounds(String grounds) {
      this.grounds = grounds;
    }
  }

  /** The receipt shown after an objection was lodged. */
  public record Receipt(String reference, String qualificationCode, String qualificationName,
      LocalDateTime lodgedAt) {
  }

  @GetMapping("/notices")
  String notices(Model model) {
    model.addAttribute("notices", queries.notices().stream().map(Notice::of).toList());
    return "notices/list";
  }

  @GetMapping("/notices/{reference}/objection")
  String objectionForm(@PathVariable String reference, Model model) {
    model.addAttribute("objectionForm", new ObjectionForm());
    return objectionPage(underNotice(reference), model);
  }

  @PostMapping("/notices/{reference}/objection")
  String object(@PathVariable String reference, @ModelAttribute("objectionForm") ObjectionForm form,
      BindingResult binding, Authentication caller, Model model, RedirectAttributes redirect) {
    Notice notice = underNotice(reference);
    NoticesApi.ObjectionRequest request = new NoticesApi.ObjectionRequest(form.getGrounds());
    List<FieldError> errors = PageForms.problems(validator, request);
    PageForms.reject(binding, "notices.objection.invalid.", errors);
    if (errors.isEmpty()) {
      try {
        Objection objection = notices.object(reference, request.grounds().strip(), caller.getName());
        redirect.addFlashAttribute("receipt", new Receipt(reference, notice.matter().qualificationCode(),
            notice.matter().qualificationName(), LocalDateTime.ofInstant(objection.getLodgedAt(), BureauTime.ZONE)));
        return "redirect:/notices";
      } catch (NotFoundException e) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      } catch (ConflictException e) {
        binding.reject("notices.objection.notUnderNotice", e.getMessage());
      }
    }
    return objectionPage(notice, model);
  }

  private String objectionPage(Notice notice, Model model) {
    model.addAttribute("notice", notice);
    return "notices/objection";
  }

  /** The matter under notice, or 404: objections are taken only during the notice. */
  private Notice underNotice(String reference) {
    return queries.notices().stream().filter(n -> n.reference().equals(reference)).findFirst().map(Notice::of)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
