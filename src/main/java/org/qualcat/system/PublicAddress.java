package org.qualcat.system;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The full address of a page, for what leaves the application (mails, result documents, QR codes): people follow a
 * link, they do not type a path. The base is {@code qualcat.public-url}, the address people reach Qualcat at.
 */
@Component
public class PublicAddress {

  private final String base;

  PublicAddress(@Value("${qualcat.public-url}") String base) {
    URI uri = URI.create(base.strip());
    if (uri.getScheme() == null || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalStateException("qualcat.public-url must be an http(s) address, e.g. https://qualcat.example");
    }
    this.base = base.strip().replaceAll("/+$", "");
  }

  /** The full address of {@code path} (which starts with a slash). */
  public String of(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /: " + path);
    }
    return base + path;
  }
}
