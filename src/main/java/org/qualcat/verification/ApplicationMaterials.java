package org.qualcat.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The application materials of verification cases (Attachment 2 of the notice): a copy of the certificate, proof of
 * employment when employment in Beijing is stated, and files added with a supplement. An applicant uploads a file
 * first ({@link #upload}: its type is found from its content, PDF, JPEG or PNG only, and its size is limited) and
 * names it when submitting; the submission attaches it to the case in its own transaction, or leaves it pending when
 * refused, so that the applicant can correct the case without uploading again. Pending files are forgotten after a
 * day. Files are served to the case's applicant and to verifiers only.
 */
@Service
@Transactional
public class ApplicationMaterials {

  /** The form field (API and portal) that names a submission's materials. */
  static final String FIELD = "materials";
  static final int MAX_PER_SUBMISSION = 10;
  static final Duration PENDING_FOR = Duration.ofDays(1);
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final int TOKEN_BYTES = 16;
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationMaterials.class);

  private final CaseMaterialRepository materials;
  private final long maxSize;
  private final int maxPending;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApplicationMaterials(CaseMaterialRepository materials,
      @Value("${qualcat.verification.max-material-size:5MB}") DataSize maxSize,
      @Value("${qualcat.verification.max-pending-materials:20}") int maxPending, Clock clock) {
    this.materials = materials;
    this.maxSize = maxSize.toBytes();
    this.maxPending = maxPending;
    this.clock = clock;
  }

  /** What the applicant and the verifier see of a material: never its bytes. */
  @Schema(description = "An uploaded application material (never its bytes)")
  public record Material(
      @Schema(description = "Its id, for a submission's or a supplement's materials",
          example = "q3Zt9VbX1mKcR4pLw8YhJA")
      String id,
      @Schema(description = MaterialKind.MEANINGS, example = "CERTIFICATE_COPY") MaterialKind kind,
      @Schema(description = "The file name, made safe", example = "cfa-certificate.pdf") String fileName,
      @Schema(description = "The type found from the content", example = "application/pdf") String mediaType,
      @Schema(description = "Its size in bytes", example = "284113") long size) {

    static Material of(CaseMaterial m) {
      return new Material(m.getToken(), m.getKind(), m.getFileName(), m.getMediaType(), m.getSizeBytes());
    }
  }

  /** A material's file, to be served. */
  record File(Material material, byte[] content) {
  }

  /** The types accepted, by the bytes they start with. */
  enum FileType {
    PDF("application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final String mediaType;
    final String label;
    private final byte[] magic;

    FileType(String mediaType, String label, byte[] magic) {
      this.mediaType = mediaType;
      this.label = label;
      this.magic = magic;
    }

    static FileType of(byte[] content) {
      for (FileType type : values()) {
        if (content.length >= type.magic.length) {
          boolean matches = true;
          for (int i = 0; i < type.magic.length && matches; i++) {
            matches = content[i] == type.magic[i];
          }
          if (matches) {
            return type;
          }
        }
      }
      return null;
    }

    static String labelOf(String mediaType) {
      for (FileType type : values()) {
        if (type.mediaType.equals(mediaType)) {
          return type.label;
        }
      }
      return mediaType;
    }
  }

  /**
   * Keeps a file an applicant uploads, pending until a submission names it. Refused (400 naming {@code field}): an
   * empty file, one over the size limit, one whose content is not a PDF, JPEG or PNG file (whatever its name says),
   * and more pending files than an applicant may keep.
   */
  public Material upload(MaterialKind kind, String fileName, byte[] content, String uploader, String field) {
    if (kind == null) {
      throw new InvalidInputException("kind", "must be one of CERTIFICATE_COPY, EMPLOYMENT_PROOF, OTHER");
    }
    FieldError problem = problemWith(content, field);
    if (problem != null) {
      throw new InvalidInputException(List.of(problem));
    }
    if (materials.countByUploadedByAndVerificationCaseIsNull(uploader) >= maxPending) {
      throw new InvalidInputException(List.of(FieldError.coded(field, "validation.material.pending",
          "too many files uploaded and not yet submitted; submit the case or wait a day", maxPending)));
    }
    return keep(kind, fileName, content, uploader);
  }

  /**
   * What is wrong with a file as an application material, named {@code field}, or null: empty, over the size limit,
   * or not a PDF, JPEG or PNG file by its content (whatever its name says).
   */
  FieldError problemWith(byte[] content, String field) {
    if (content == null || content.length == 0) {
      return FieldError.coded(field, "validation.material.empty", "must be a file, not empty");
    }
    if (content.length > maxSize) {
      return FieldError.coded(field, "validation.material.size", "must be at most "
          + DataSize.ofBytes(maxSize).toMegabytes() + " MB", DataSize.ofBytes(maxSize).toMegabytes());
    }
    if (FileType.of(content) == null) {
      return FieldError.coded(field, "validation.material.type",
          "must be a PDF, JPEG or PNG file (its content is neither)");
    }
    return null;
  }

  /**
   * Keeps a file checked by {@link #problemWith}, pending, without the limit of pending files: for a bulk submission's
   * row, whose case names it in the same transaction.
   */
  Material keep(MaterialKind kind, String fileName, byte[] content, String uploader) {
    FileType type = FileType.of(content);
    byte[] token = new byte[TOKEN_BYTES];
    random.nextBytes(token);
    CaseMaterial material = materials.saveAndFlush(new CaseMaterial(
        Base64.getUrlEncoder().withoutPadding().encodeToString(token), kind, safeName(fileName, type),
        type.mediaType, content.length, sha256(content), uploader, clock.instant()));
    materials.saveContent(material.getId(), content);
    return Material.of(material);
  }

  /**
   * Checks the materials a submission names: each one the applicant's own, pending, at most {@value
   * #MAX_PER_SUBMISSION}; a copy of the certificate among them, and proof of employment when employment in Beijing is
   * stated. Every problem is added to {@code errors} under the field {@value #FIELD}.
   */
  void check(List<String> tokens, boolean employmentStated, String applicant, List<FieldError> errors) {
    List<CaseMaterial> found = pending(tokens, applicant, errors);
    if (found == null) {
      return;
    }
    Set<MaterialKind> kinds = found.stream().map(CaseMaterial::getKind).collect(Collectors.toSet());
    if (!kinds.contains(MaterialKind.CERTIFICATE_COPY)) {
      errors.add(FieldError.coded(FIELD, "validation.material.certificateCopy",
          "must include a copy of the certificate (kind CERTIFICATE_COPY)"));
    }
    if (employmentStated && !kinds.contains(MaterialKind.EMPLOYMENT_PROOF)) {
      errors.add(FieldError.coded(FIELD, "validation.material.employmentProof",
          "must include proof of employment (kind EMPLOYMENT_PROOF) when employment in Beijing is stated"));
    }
  }

  /** Checks the materials a supplement names (any kind, optional). */
  void checkSupplement(List<String> tokens, String applicant, List<FieldError> errors) {
    if (tokens != null && !tokens.isEmpty()) {
      pending(tokens, applicant, errors);
    }
  }

  /** The uploader's own pending materials among {@code tokens} (others are left out). */
  @Transactional(readOnly = true)
  public List<Material> pending(List<String> tokens, String uploader) {
    List<String> wellFormed = tokens.stream().filter(t -> t != null && TOKEN.matcher(t).matches()).toList();
    if (wellFormed.isEmpty()) {
      return List.of();
    }
    return byTokens(wellFormed).stream()
        .filter(m -> m.getUploadedBy().equals(uploader) && m.getVerificationCase() == null)
        .map(Material::of).toList();
  }

  /** Attaches the checked materials to the case; returns them. */
  List<Material> attach(List<String> tokens, VerificationCase c) {
    if (tokens == null || tokens.isEmpty()) {
      return List.of();
    }
    List<CaseMaterial> found = byTokens(tokens);
    found.forEach(m -> m.attachTo(c, clock.instant()));
    return found.stream().map(Material::of).toList();
  }

  @Transactional(readOnly = true)
  public List<Material> of(VerificationCase c) {
    return materials.findByVerificationCaseOrderById(c).stream().map(Material::of).toList();
  }

  /** One material of a case, with its bytes; "not found" when the case has no such material. */
  @Transactional(readOnly = true)
  File file(VerificationCase c, String token) {
    CaseMaterial material = token == null || !TOKEN.matcher(token).matches() ? null
        : materials.findByToken(token)
            .filter(m -> m.getVerificationCase() != null && m.getVerificationCase().getId().equals(c.getId()))
            .orElse(null);
    if (material == null) {
      throw new NotFoundException("no such material in case " + c.getReference());
    }
    return new File(Material.of(material), materials.contentOf(material.getId()));
  }

  /**
   * The materials of a case as the verifiers' forms list them: a Markdown list of links to the files, by kind, type
   * and size; never the applicant's file name (it is their text, and personal data).
   */
  @Transactional(readOnly = true)
  String linksFor(VerificationCase c) {
    List<CaseMaterial> attached = materials.findByVerificationCaseOrderById(c);
    if (attached.isEmpty()) {
      return "No materials attached.";
    }
    StringBuilder list = new StringBuilder();
    for (CaseMaterial m : attached) {
      list.append("- [").append(describe(m.getKind())).append(" (").append(FileType.labelOf(m.getMediaType()))
          .append(", ").append(kilobytes(m.getSizeBytes())).append(" KB)](/verification/cases/")
          .append(c.getReference()).append("/materials/").append(m.getToken()).append(")\n");
    }
    return list.toString().strip();
  }

  /** Forgets pending files older than a day: their applicant did not submit them. */
  @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
  public int forgetAbandonedUploads() {
    List<Long> abandoned = materials.findPendingUploadedBefore(clock.instant().minus(PENDING_FOR));
    if (abandoned.isEmpty()) {
      return 0;
    }
    materials.deleteContentOf(abandoned);
    int forgotten = materials.deletePending(abandoned);
    LOG.info("Forgot {} uploaded materials that were never submitted", forgotten);
    return forgotten;
  }

  /**
   * The materials with these tokens, one lookup by the unique token each: callers name at most {@value
   * #MAX_PER_SUBMISSION}, and a lookup of one token stays translated in Hibernate while a query with a list of them
   * is translated again on every call (docs/adr/0033).
   */
  private List<CaseMaterial> byTokens(Collection<String> tokens) {
    return new LinkedHashSet<>(tokens).stream().filter(Objects::nonNull).map(materials::findByToken)
        .flatMap(Optional::stream).toList();
  }

  private List<CaseMaterial> pending(List<String> tokens, String applicant, List<FieldError> errors) {
    if (tokens == null || tokens.isEmpty()) {
      errors.add(FieldError.coded(FIELD, "validation.material.certificateCopy",
          "must include a copy of the certificate (kind CERTIFICATE_COPY)"));
      return null;
    }
    Set<String> distinct = new LinkedHashSet<>(tokens);
    if (distinct.size() > MAX_PER_SUBMISSION || distinct.stream().anyMatch(t -> t == null || !TOKEN.matcher(t)
        .matches())) {
      errors.add(FieldError.coded(FIELD, "validation.material.unknown",
          "must name at most " + MAX_PER_SUBMISSION + " files you uploaded and have not submitted yet"));
      return null;
    }
    Map<String, CaseMaterial> found = byTokens(distinct).stream()
        .collect(Collectors.toMap(CaseMaterial::getToken, Function.identity()));
    List<CaseMaterial> usable = new ArrayList<>();
    for (String token : distinct) {
      CaseMaterial m = found.get(token);
      if (m == null || !m.getUploadedBy().equals(applicant) || m.getVerificationCase() != null) {
        errors.add(FieldError.coded(FIELD, "validation.material.unknown",
            "must name files you uploaded and have not submitted yet"));
        return null;
      }
      usable.add(m);
    }
    return usable;
  }

  static String describe(MaterialKind kind) {
    return switch (kind) {
      case CERTIFICATE_COPY -> "Copy of the certificate";
      case EMPLOYMENT_PROOF -> "Proof of employment";
      case OTHER -> "Other material";
    };
  }

  private static long kilobytes(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  /** The name shown beside the file: its last path segment, plain text, at most 120 characters. */
  private static String safeName(String original, FileType type) {
    String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").strip();
    if (name.isEmpty() || PlainText.Rules.problem(name, false) != null) {
      name = "material." + type.name().toLowerCase(Locale.ROOT);
    }
    return name.length() > 120 ? name.substring(0, 120) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
