package org.qualcat.title;

import java.util.List;
import org.qualcat.audit.AuditTrail;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageWords;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The portal's pages of title applications: holders and HR staff apply on a verified result and follow their
 * applications (status, due date, exemptions, decision, timeline); the title office reads them beside its Tasklist.
 */
@Controller
@RequestMapping("/titles")
class TitlePages {

  private final TitleApplications applications;
  private final TitleReaders readers;
  private final AuditTrail audit;
  private final PageWords words;

  TitlePages(TitleApplications applications, TitleReaders readers, AuditTrail audit, PageWords words) {
    this.applications = applications;
    this.readers = readers;
    this.audit = audit;
    this.words = words;
  }

  @GetMapping
  String list(Authentication authentication, Model model) {
    TitleReader reader = reader(authentication);
    model.addAttribute("applications", applications.list(reader));
    model.addAttribute("applies", reader.applies());
    model.addAttribute("officer", reader.isOfficer());
    model.addAttribute("employer", reader.isEmployer() ? reader.employer() : null);
    return "titles/list";
  }

  @GetMapping("/new")
  String form(@RequestParam(required = false) String code, Authentication authentication, Model model) {
    TitleReader reader = applicant(authentication);
    model.addAttribute("form", new NewTitleApplication(code, null, null, null));
    return form(reader, model);
  }

  @PostMapping("/new")
  String apply(@RequestParam(required = false) String verificationCode, @RequestParam(required = false) String level,
      @RequestParam(required = false) String series, @RequestParam(required = false) String employerSupport,
      Authentication authentication, Model model, RedirectAttributes redirect) {
    TitleReader reader = applicant(authentication);
    NewTitleApplication form = new NewTitleApplication(verificationCode, rank(level), series, employerSupport);
    try {
      TitleApplications.Applied applied = applications.apply(form, authentication.getName());
      redirect.addFlashAttribute("notice", "applied");
      return "redirect:/titles/" + applied.reference();
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.getErrors().stream().map(this::say).toList());
    } catch (ConflictException e) {
      model.addAttribute("problems", List.of(say(e)));
    }
    model.addAttribute("form", form);
    return form(reader, model);
  }

  @GetMapping("/{reference}")
  String view(@PathVariable String reference, Authentication authentication, Model model) {
    TitleReader reader = reader(authentication);
    TitleView view;
    try {
      view = applications.view(reference, reader);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (reader.isOfficer()) {
      audit.access(TitleAuditActions.TITLE_APPLICATION_VIEWED, view.reference(), "portal page");
    }
    model.addAttribute("a", view);
    model.addAttribute("follows", reader.applies() && !reader.isOfficer());
    return "titles/application";
  }

  @PostMapping("/{reference}/withdrawal")
  String withdraw(@PathVariable String reference, Authentication authentication, RedirectAttributes redirect) {
    TitleReader reader = applicant(authentication);
    try {
      applications.withdraw(reference, reader);
      redirect.addFlashAttribute("notice", "withdrawn");
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", say(e));
    }
    return "redirect:/titles/" + reference;
  }

  private String form(TitleReader reader, Model model) {
    model.addAttribute("levels", TitleRank.values());
    model.addAttribute("employer", reader.isEmployer() ? reader.employer() : null);
    return "titles/new";
  }

  private TitleReader reader(Authentication authentication) {
    TitleReader reader = readers.of(authentication);
    if (!reader.applies() && !reader.isOfficer()) {
      throw new AccessDeniedException("title applications are for holders, employers and the title office");
    }
    return reader;
  }

  private TitleReader applicant(Authentication authentication) {
    TitleReader reader = readers.of(authentication);
    if (!reader.applies()) {
      throw new AccessDeniedException("holders and employers' HR staff apply for titles");
    }
    return reader;
  }

  private static TitleRank rank(String level) {
    if (level == null || level.isBlank()) {
      return null;
    }
    try {
      return TitleRank.valueOf(level.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A refused field in the reader's language: its label, then the sentence. */
  private String say(FieldError error) {
    return words.field(error, "title.field.");
  }

  private String say(ConflictException e) {
    return words.conflict(e);
  }

}
