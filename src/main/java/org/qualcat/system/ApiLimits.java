package org.qualcat.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qualcat.api.*}: how large a request body the API reads. Uploads as {@code multipart/form-data} keep
 * {@code spring.servlet.multipart.max-request-size}.
 *
 * @param maxBodySize        JSON and any other body (default 256 KB: the largest valid nomination is about 20 KB)
 * @param maxCatalogFileSize a catalog file posted as {@code text/csv} (default 2 MB, as for an uploaded file)
 */
@ConfigurationProperties("qualcat.api")
public record ApiLimits(DataSize maxBodySize, DataSize maxCatalogFileSize) {

  public ApiLimits {
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    maxCatalogFileSize = maxCatalogFileSize == null ? DataSize.ofMegabytes(2) : maxCatalogFileSize;
  }
}
