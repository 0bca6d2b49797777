package org.qualcat.verification;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an application material leaves the application, for the API and the portal alike: as an attachment of the type
 * found in its content, never rendered by the browser as a page of ours, never cached.
 */
final class MaterialDownload {

  private MaterialDownload() {
  }

  static ResponseEntity<byte[]> of(ApplicationMaterials.File file) {
    ApplicationMaterials.Material material = file.material();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(material.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(material.fileName(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .body(file.content());
  }
}
