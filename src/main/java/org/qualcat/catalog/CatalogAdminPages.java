package org.qualcat.catalog;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Access;
import org.qualcat.system.ApiLimits;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageForms;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's catalog pages (English and Chinese): loading a catalog file into the draft edition, reading what
 * the draft changes against the edition in force, and publishing it after a confirmation. They call the services the
 * API calls ({@link CatalogImport}, {@link Catalog#publishDraft}), with the API's rules.
 */
@Controller
@RequestMapping("/catalog-admin")
class CatalogAdminPages {

  private static final String FORM = "publishForm";
  private static final String INVALID = "catalogAdmin.publish.invalid.";

  private final CatalogImport catalogImport;
  private final Catalog catalog;
  private final CatalogQueries queries;
  private final ApiLimits limits;
  private final Validator validator;
  private final Clock clock;

  CatalogAdminPages(CatalogImport catalogImport, Catalog catalog, CatalogQueries queries,
      ApiLimits limits, Validator validator, Clock clock) {
    this.catalogImport = catalogImport;
    this.catalog = catalog;
    this.queries = queries;
    this.limits = limits;
    this.validator = validator;
    this.clock = clock;
  }

  // ---- the import

  @GetMapping("/import")
  @PreAuthorize(Access.IMPORT_CATALOG)
  String importForm(Model model) {
    return importPage(model);
  }

  @GetMapping("/import/format")
  @PreAuthorize(Access.IMPORT_CATALOG)
  String importFormat(Model model) {
    model.addAttribute("lists", CatalogList.values());
    model.addAttribute("titleLevels", TitleLevel.values());
    model.addAttribute("practiceFields", PracticeField.values());
    model.addAttribute("channels", VerificationChannel.values());
    model.addAttribute("maxRows", CatalogFile.MAX_ROWS);
    return "catalog-admin/format";
  }

  /** A catalog file, all rows or none: the report after a redirect, or the refused rows on the same page. */
  @PostMapping("/import")
  @PreAuthorize(Access.IMPORT_CATALOG)
  String importFile(@RequestParam(required = false) MultipartFile file, Authentication caller, Model model,
      RedirectAttributes redirect) throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileProblem", "catalogAdmin.import.problem.none");
      return importPage(model);
    }
    if (file.getSize() > limits.maxCatalogFileSize().toBytes()) {
      model.addAttribute("fileProblem", "catalogAdmin.import.problem.size");
      return importPage(model);
    }
    String csv;
    try {
      // a strict decoder: a spreadsheet saved as GBK or Latin-1 is refused, not imported as replacement characters
      csv = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
    } catch (CharacterCodingException e) {
      model.addAttribute("fileProblem", "catalogAdmin.import.problem.encoding");
      return importPage(model);
    }
    try {
      redirect.addFlashAttribute("report", catalogImport.importFile(new StringReader(csv),
          uploadName(file.getOriginalFilename()), caller.getName()));
      return "redirect:/catalog-admin/import";
    } catch (CatalogImport.Rejected e) {
      model.addAttribute("rejected", e);
      return importPage(model);
    }
  }

  private String importPage(Model model) {
    model.addAttribute("maxMegabytes", Math.max(1, limits.maxCatalogFileSize().toMegabytes()));
    return "catalog-admin/import";
  }

  /** The uploaded file's own name, as the change log records it: letters, digits, dots, dashes, underscores. */
  private static String uploadName(String original) {
    String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
        original.lastIndexOf('\\')) + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isBlank() ? "catalog.csv" : name.substring(0, Math.min(name.length(), 60));
  }

  // ---- the draft and its publication

  @GetMapping("/draft")
  @PreAuthorize(Access.PUBLISH_EDITION)
  String draft(Model model) {
    PublishForm form = new PublishForm();
    form.setPublishedOn(BureauTime.today(clock).toString());
    model.addAttribute(FORM, form);
    return draftPage(model);
  }

  /** The first step: the publication checked against the rules, then shown for confirmation. */
  @PostMapping("/draft/confirm")
  @PreAuthorize(Access.PUBLISH_EDITION)
  String confirm(@ModelAttribute(FORM) PublishForm form, BindingResult binding, Model model) {
    Catalog.Publication publication = checked(form, binding);
    if (publication == null) {
      return draftPage(model);
    }
    model.addAttribute("publication", publication);
    model.addAttribute("changes", queries.draftChanges());
    return "catalog-admin/confirm";
  }

  /** Back from the confirmation to the form, with what was typed. */
  @PostMapping("/draft/change")
  @PreAuthorize(Access.PUBLISH_EDITION)
  String change(@ModelAttribute(FORM) PublishForm form, Model model) {
    return draftPage(model);
  }

  @PostMapping("/draft/publish")
  @PreAuthorize(Access.PUBLISH_EDITION)
  String publish(@ModelAttribute(FORM) PublishForm form, BindingResult binding, Authentication caller, Model model) {
    Catalog.Publication publication = checked(form, binding);
    if (publication != null) {
      try {
        CatalogEdition published = catalog.publishDraft(publication, caller.getName());
        return "redirect:/catalog-admin/editions/" + published.getCode();
      } catch (InvalidInputException e) {
        PageForms.reject(binding, INVALID, e.getErrors());
      } catch (ConflictException e) {
        conflict(binding, e);
      }
    }
    return draftPage(model);
  }

  /** What publishing did: the edition now in force, with a link to the public catalog. */
  @GetMapping("/editions/{code}")
  @PreAuthorize(Access.PUBLISH_EDITION)
  String published(@PathVariable String code, Model model) {
    try {
      model.addAttribute("edition", queries.edition(code));
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "catalog-admin/published";
  }

  /**
   * The form's publication under the API's rules (its request's bean validation, then the catalog's own), or null
   * with each problem beside its field. The date of issuance defaults to today, as in the API.
   */
  private Catalog.Publication checked(PublishForm form, BindingResult binding) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate publishedOn = PageForms.date(form.getPublishedOn(), "publishedOn", errors);
    LocalDate releasedOn = PageForms.date(form.getReleasedOn(), "releasedOn", errors);
    CatalogAdminApi.PublishRequest request = new CatalogAdminApi.PublishRequest(trim(form.getCode()),
        form.getName(), form.getNameZh(), publishedOn, releasedOn, form.getRepeals());
    errors.addAll(PageForms.problems(validator, request));
    if (!errors.isEmpty()) {
      PageForms.reject(binding, INVALID, errors);
      return null;
    }
    try {
      return catalog.check(new Catalog.Publication(request.code(), request.name(),
          publishedOn == null ? BureauTime.today(clock) : publishedOn, releasedOn, request.repeals(),
          request.nameZh()));
    } catch (InvalidInputException e) {
      PageForms.reject(binding, INVALID, e.getErrors());
    } catch (ConflictException e) {
      conflict(binding, e);
    }
    return null;
  }

  /** A code already taken is the code field's problem; anything else (nothing to publish) the form's. */
  private static void conflict(BindingResult binding, ConflictException e) {
    String code = e.getCode() == null ? "catalogAdmin.publish.conflict" : e.getCode();
    if ("catalogAdmin.publish.codeTaken".equals(code)) {
      binding.rejectValue("code", code, e.getArguments(), e.getMessage());
    } else {
      binding.reject(code, e.getArguments(), e.getMessage());
    }
  }

  private String draftPage(Model model) {
    List<EditionView.Summary> editions = queries.publishedEditions();
    model.addAttribute("inForce", editions.isEmpty() ? null : editions.get(0));
    model.addAttribute("changes", queries.draftChanges());
    model.addAttribute("today", BureauTime.today(clock));
    return "catalog-admin/draft";
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }
}
