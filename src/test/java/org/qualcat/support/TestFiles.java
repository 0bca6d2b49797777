package org.qualcat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small files of the types applicants upload (and of types they must not), made in code: no binaries in the tree. */
public final class TestFiles {

  private TestFiles() {
  }

  /** A one-page PDF whose page says {@code text}. */
  public static byte[] pdf(String text) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A 1x1 PNG image. */
  public static byte[] png() {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

  /** An HTML page with a script: what a file named "certificate.pdf" may really be. */
  public static byte[] htmlPretendingToBeAPdf() {
    return "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
  }

  /** A file on disk, as a person picks it in a browser's file dialog: its absolute path (deleted when the JVM ends). */
  public static String onDisk(String name, byte[] content) {
    try {
      Path file = Files.createTempDirectory("qualcat-file").resolve(name);
      Files.write(file, content);
      file.toFile().deleteOnExit();
      file.getParent().toFile().deleteOnExit();
      return file.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a downloaded CSV file (UTF-8, a byte order mark ignored), the header first. */
  public static java.util.List<String[]> csvRows(byte[] csv) throws java.io.IOException {
    String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (com.fasterxml.jackson.databind.MappingIterator<String[]> rows = new com.fasterxml.jackson.dataformat.csv
        .CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(text)) {
      return rows.readAll();
    }
  }
}
