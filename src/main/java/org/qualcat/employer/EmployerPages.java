package org.qualcat.employer;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.security.Access;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of employers (the service of {@link EmployerApi}): the registered organisations with their
 * HR staff, a form to register one, and to name or remove an organisation's HR users.
 */
@Controller
@RequestMapping("/employers")
@PreAuthorize(Access.MANAGE_EMPLOYERS)
class EmployerPages {

  private static final String PROBLEMS = "employer.problem.";

  private final Employers employers;
  private final MessageSource messages;

  EmployerPages(Employers employers, MessageSource messages) {
    this.employers = employers;
    this.messages = messages;
  }

  /** The registration form as the page posts it. */
  public static class RegistrationForm {

    private String creditCode;
    private String name;
    private String region;

    public String getCreditCode() {
      return creditCode;
    }

    public void setCreditCode(String creditCode) {
      this.creditCode = creditCode;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRegion() {
      return region;
    }

    public void setRegion(String region) {
      this.region = region;
    }
  }

  /** An organisation with its HR staff, as the page lists them. */
  public record Row(Organisation organisation, List<Employers.Member> members) {
  }

  @GetMapping
  String list(Model model) {
    return page(new RegistrationForm(), model);
  }

  @PostMapping
  String register(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult binding,
      Authentication caller, Model model, RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    EmployerRegion region = PageForms.choice(EmployerRegion.class, form.getRegion(), "region", errors);
    if (errors.isEmpty()) {
      try {
        Organisation created = employers.register(new Employers.Registration(form.getCreditCode(), form.getName(),
            region), caller.getName());
        redirect.addFlashAttribute("notice", sentence("employer.notice.registered", created.name()));
        return "redirect:/employers#org-" + created.creditCode();
      } catch (InvalidInputException e) {
        errors = e.getErrors();
      } catch (ConflictException e) {
        errors = List.of(FieldError.coded("creditCode", "registered", e.getMessage()));
      }
    }
    PageForms.reject(binding, PROBLEMS, errors);
    return page(form, model);
  }

  @PostMapping("/{creditCode}/members")
  String addMember(@PathVariable String creditCode, @RequestParam(required = false) String userId,
      Authentication caller, RedirectAttributes redirect) {
    try {
      Organisation organisation = employers.addMember(creditCode, userId, caller.getName());
      redirect.addFlashAttribute("notice", sentence("employer.notice.memberAdded", userId.strip(),
          organisation.name()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", sentence(PROBLEMS + "userId." + e.getErrors().get(0).code()));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", sentence(PROBLEMS + "memberElsewhere", userId.strip()));
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("problem", sentence(PROBLEMS + "noSuchEmployer"));
    }
    return "redirect:/employers#org-" + creditCode;
  }

  @PostMapping("/{creditCode}/members/{userId}/remove")
  String removeMember(@PathVariable String creditCode, @PathVariable String userId, Authentication caller,
      RedirectAttributes redirect) {
    try {
      employers.removeMember(creditCode, userId, caller.getName());
      redirect.addFlashAttribute("notice", sentence("employer.notice.memberRemoved", userId));
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("problem", sentence(PROBLEMS + "noSuchMember"));
    }
    return "redirect:/employers#org-" + creditCode;
  }

  private String page(RegistrationForm form, Model model) {
    model.addAttribute("registrationForm", form);
    model.addAttribute("regions", EmployerRegion.values());
    model.addAttribute("rows", employers.all().stream()
        .map(o -> new Row(o, employers.members(o.creditCode()))).toList());
    return "employers/list";
  }

  private String sentence(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
