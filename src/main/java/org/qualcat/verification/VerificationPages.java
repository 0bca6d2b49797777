package org.qualcat.verification;

import org.qualcat.bureau.Bureaus;
import org.qualcat.employer.EmployerRegion;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.qualcat.audit.AuditTrail;
import org.qualcat.process.BureauTime;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageWords;
import org.qualcat.system.PublicAddress;
import org.qualcat.verification.CaseViews.CaseView;
import org.qualcat.verification.VerificationQueries.CaseFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant portal (English and Chinese): sign in with the site's login, submit a case, follow one's cases and
 * print the result. Staff see every case here too, with the holder's details the verifier needs.
 */
@Controller
@RequestMapping("/verification")
class VerificationPages {

  static final int PAGE_SIZE = 20;

  private final VerificationCases cases;
  private final VerificationQueries queries;
  private final ApplicationMaterials materials;
  private final AuditTrail audit;
  private final PublicAddress address;
  private final Clock clock;
  private final ResultDocument resultDocument;
  private final Bureaus bureaus;
  private final Callers callers;
  private final Recommendations recommendations;
  private final List<TitlesOnResults> titles;
  private final PageWords words;

  VerificationPages(VerificationCases cases, VerificationQueries queries, ApplicationMaterials materials,
      AuditTrail audit, PublicAddress address, Clock clock, ResultDocument resultDocument,
      Callers callers, Recommendations recommendations, List<TitlesOnResults> titles, PageWords words,
      Bureaus bureaus) {
    this.bureaus = bureaus;
    this.callers = callers;
    this.recommendations = recommendations;
    this.titles = titles;
    this.words = words;
    this.cases = cases;
    this.queries = queries;
    this.materials = materials;
    this.audit = audit;
    this.address = address;
    this.clock = clock;
    this.resultDocument = resultDocument;
  }

  @GetMapping
  String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
      Authentication authentication, Model model) {
    Caller caller = callers.of(authentication);
    if (!caller.submitsCases() && !caller.isCaseOfficer()) {
      // other staff have no cases here: say so (403) instead of showing them an empty list
      throw new AccessDeniedException("verification cases are for applicants and verification officers");
    }
    VerificationStatus chosen = parseStatus(status);
    model.addAttribute("cases", queries.list(caller, new CaseFilter(chosen, null, null),
        PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE)));
    model.addAttribute("staff", caller.isCaseOfficer());
    // an officer reads the cases of their bureaus (notice IV): say whose, or that they are in no bureau yet
    model.addAttribute("bureaus", caller.regions().stream().sorted().map(bureaus::of).toList());
    model.addAttribute("applicant", caller.submitsCases());
    model.addAttribute("employer", caller.isEmployer() ? caller.employer() : null);
    model.addAttribute("statuses", VerificationStatus.values());
    model.addAttribute("status", chosen);
    return "verification/list";
  }

  @GetMapping("/new")
  String newCase(Authentication authentication, Model model) {
    Caller caller = requireSubmitter(authentication);
    return form(new CaseForm(), caller, model);
  }

  /**
   * A submission with its materials: the files chosen are uploaded first (each in its own transaction), so that a case
   * refused for another reason keeps them, and the form shows them as attached instead of asking for them again.
   */
  @PostMapping("/new")
  String submit(@ModelAttribute("caseForm") CaseForm form, BindingResult binding, Authentication authentication,
      Model model, RedirectAttributes redirect) {
    Caller caller = requireSubmitter(authentication);
    String applicant = authentication.getName();
    List<String> ids = form.keptMaterials();
    boolean copyTaken = upload(form.getCertificateCopy(), MaterialKind.CERTIFICATE_COPY, "certificateCopy", ids,
        applicant, binding);
    boolean proofTaken = upload(form.getEmploymentProof(), MaterialKind.EMPLOYMENT_PROOF, "employmentProof", ids,
        applicant, binding);
    boolean uploaded = copyTaken && proofTaken;
    form.setMaterials(String.join(",", ids));
    try {
      VerificationCases.Submitted submitted = cases.submit(form.toNewCase(ids), applicant);
      redirect.addFlashAttribute("notice", "submitted");
      return "redirect:/verification/cases/" + submitted.reference();
    } catch (InvalidInputException e) {
      // a file that could not be taken is reported beside its own field, not again as a missing material
      e.getErrors().stream().filter(error -> uploaded || !ApplicationMaterials.FIELD.equals(error.field()))
          .forEach(error -> reject(binding, error));
    } catch (QualificationNotListedException e) {
      binding.rejectValue("qualificationCode", "verification.notListed." + e.getReason().name(), e.getMessage());
    } catch (ConflictException e) {
      binding.reject(e.getCode() == null ? "conflict" : e.getCode(), e.getArguments(), e.getMessage());
    }
    return form(form, caller, model);
  }

  /** Uploads one chosen file (none chosen: nothing to do); false when it was refused, with the problem shown. */
  private boolean upload(MultipartFile file, MaterialKind kind, String field, List<String> ids, String applicant,
      BindingResult binding) {
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      return true;
    }
    try {
      ids.add(materials.upload(kind, file.getOriginalFilename(), file.getBytes(), applicant, field).id());
      return true;
    } catch (InvalidInputException e) {
      e.getErrors().forEach(error -> reject(binding, error));
      return false;
    } catch (IOException e) {
      binding.rejectValue(field, "validation.material.unreadable", "could not be read; choose the file again");
      return false;
    }
  }

  @GetMapping("/cases/{reference}/materials/{id}")
  ResponseEntity<byte[]> material(@PathVariable String reference, @PathVariable String id,
      Authentication authentication) {
    ApplicationMaterials.File file;
    try {
      file = queries.material(reference, id, callers.of(authentication));
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    audit.access(VerificationAuditActions.MATERIAL_DOWNLOADED, reference, ApplicationMaterials.describe(file.material().kind())
        + " (portal page)");
    return MaterialDownload.of(file);
  }

  @GetMapping("/cases/{reference}")
  String view(@PathVariable String reference, Authentication authentication, Model model) {
    Caller caller = callers.of(authentication);
    CaseView c = caseOf(reference, caller);
    if (caller.isStaffReadingCaseOf(c.applicant())) {
      audit.access(VerificationAuditActions.CASE_VIEWED, c.reference(), "portal page");
    }
    model.addAttribute("c", c);
    model.addAttribute("checkUrl", checkUrl(c));
    model.addAttribute("staff", caller.isCaseOfficer());
    // a caller who reads a case and is no verification officer follows it (Caller#mayRead)
    model.addAttribute("recommendation", c.recommendation());
    model.addAttribute("recommendationAsked", caller.isEmployer() && recommendations.asked(reference, caller.user()));
    boolean owner = caller.submitsCases() && (!caller.isCaseOfficer() || c.applicant().equals(caller.user()));
    model.addAttribute("owner", owner);
    // notice II: titles granted on the result, and the way to apply for one
    model.addAttribute("grantedTitles", grantedTitles(c));
    model.addAttribute("mayApplyForTitle", owner && c.status() == VerificationStatus.VERIFIED
        && c.benefits().stream().anyMatch(b -> HolderBenefit.TITLE_GRANT_CHANNELS.name().equals(b.code())));
    return "verification/case";
  }

  /** An organisation's HR staff answer the request for a recommendation for talent introduction (notice I.(II)2). */
  @PostMapping("/cases/{reference}/recommendation")
  String recommend(@PathVariable String reference, @RequestParam(required = false) String recommended,
      @RequestParam(required = false) String contributions, Authentication authentication,
      RedirectAttributes redirect) {
    try {
      recommendations.answer(reference, recommended, contributions, callers.of(authentication));
      redirect.addFlashAttribute("notice", "recommendationRecorded");
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.getErrors().stream().map(this::say).collect(Collectors.joining(" ")));
    }
    return "redirect:/verification/cases/" + reference;
  }

  @PostMapping("/cases/{reference}/withdraw")
  String withdraw(@PathVariable String reference, Authentication authentication, RedirectAttributes redirect) {
    requireSubmitter(authentication);
    try {
      cases.withdraw(reference, authentication.getName());
      redirect.addFlashAttribute("notice", "withdrawn");
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", say(e));
    }
    return "redirect:/verification/cases/" + reference;
  }

  @PostMapping("/cases/{reference}/supplement")
  String supplement(@PathVariable String reference, @RequestParam(required = false) String note,
      @RequestParam(required = false) String certificateNumber,
      @RequestParam(required = false) String certificateIssuedOn,
      @RequestParam(required = false) MultipartFile material,
      @RequestParam(required = false) MaterialKind materialKind,
      Authentication authentication, RedirectAttributes redirect) throws IOException {
    requireSubmitter(authentication);
    try {
      LocalDate issuedOn = certificateIssuedOn == null || certificateIssuedOn.isBlank() ? null
          : LocalDate.parse(certificateIssuedOn.strip());
      List<String> added = new ArrayList<>();
      if (material != null && !material.isEmpty()) {
        added.add(materials.upload(materialKind == null ? MaterialKind.OTHER : materialKind,
            material.getOriginalFilename(), material.getBytes(),
            authentication.getName(), "material").id());
      }
      cases.provideSupplement(reference, authentication.getName(),
          new VerificationCases.Supplement(note, certificateNumber, issuedOn, added));
      redirect.addFlashAttribute("notice", "supplemented");
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (DateTimeParseException e) {
      redirect.addFlashAttribute("problem", say(FieldError.coded("certificateIssuedOn", "validation.date",
          "must be a date (YYYY-MM-DD)")));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.getErrors().stream().map(this::say).collect(Collectors.joining(" ")));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", say(e));
    }
    return "redirect:/verification/cases/" + reference;
  }

  /** The result, laid out for printing (the Download link on it fetches the PDF, {@link #resultPdf}). */
  @GetMapping("/cases/{reference}/result")
  String result(@PathVariable String reference, Authentication authentication, Model model) {
    CaseView c = caseOf(reference, callers.of(authentication));
    if (!c.hasResult()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    // every copy of a result that leaves the portal is recorded, the holder's own included
    audit.access(VerificationAuditActions.RESULT_PRINTED, c.reference(), "portal page");
    model.addAttribute("c", c);
    model.addAttribute("checkUrl", checkUrl(c));
    model.addAttribute("grantedTitles", grantedTitles(c));
    return "verification/result";
  }

  /** The result as a PDF to hand to offices (notice IV.2): the case's applicant and verification officers. */
  @GetMapping("/cases/{reference}/result.pdf")
  ResponseEntity<byte[]> resultPdf(@PathVariable String reference, Authentication authentication) {
    CaseView c = caseOf(reference, callers.of(authentication));
    if (!c.hasResult()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    byte[] pdf = resultDocument.render(c);
    audit.access(VerificationAuditActions.RESULT_DOWNLOADED, c.reference(), "PDF");
    return ResultDocument.download(c, pdf);
  }

  /** The full address of the public page that checks the case's verification code (null without a code). */
  private String checkUrl(CaseView c) {
    return VerificationCodeApi.pageOf(address, c.verificationCode());
  }

  /**
   * The new-case form, with the materials the caller uploaded on an earlier attempt shown as attached; for HR staff,
   * their organisation in place of the employer's fields.
   */
  private String form(CaseForm form, Caller caller, Model model) {
    List<ApplicationMaterials.Material> attached = materials.pending(form.keptMaterials(), caller.user());
    model.addAttribute("employer", caller.isEmployer() ? caller.employer() : null);
    form.setMaterials(String.join(",", attached.stream().map(ApplicationMaterials.Material::id).toList()));
    model.addAttribute("attached", attached);
    model.addAttribute("attachedKinds", attached.stream().map(m -> m.kind().name()).toList());
    model.addAttribute("caseForm", form);
    model.addAttribute("qualifications", queries.listedQualifications());
    model.addAttribute("nationalities", Nationality.values());
    model.addAttribute("regions", EmployerRegion.values());
    model.addAttribute("today", BureauTime.today(clock));
    return "verification/new";
  }

  private CaseView caseOf(String reference, Caller caller) {
    try {
      return queries.view(reference, caller);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private Caller requireSubmitter(Authentication authentication) {
    Caller caller = callers.of(authentication);
    if (!caller.submitsCases()) {
      throw new AccessDeniedException("only applicants and employers' HR staff submit and change verification cases");
    }
    return caller;
  }

  /**
   * A problem shown beside its field (errors of the body as a whole at the top of the form), in the page's language
   * where the problem has a message key ({@code validation.*} in messages_zh), in the API's English otherwise.
   */
  private static void reject(BindingResult binding, FieldError error) {
    String code = error.code() == null ? "invalid" : error.code();
    Object[] arguments = error.arguments().toArray();
    if ("body".equals(error.field())) {
      binding.reject(code, arguments, error.message());
    } else {
      binding.rejectValue(error.field(), code, arguments, error.message());
    }
  }

  /** A field's problem for the case page's notice: "Your answer: must be given", in the page's language. */
  /** The professional titles granted on the case's result (notice II), from the title module when there is one. */
  private List<GrantedTitle> grantedTitles(CaseView c) {
    return titles.stream().flatMap(t -> t.grantedOn(c.reference()).stream()).toList();
  }

  private String say(FieldError error) {
    return words.field(error, "verification.field.");
  }

  private String say(ConflictException e) {
    return words.conflict(e);
  }

  private static VerificationStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return VerificationStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
