package org.qualcat.system;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV files people download and open in a spreadsheet program: UTF-8 with a byte order mark (so that Excel reads
 * Chinese), CRLF line ends, every field quoted where it needs to be.
 */
public final class CsvFiles {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvFiles() {
  }

  /** {@code rows} (the first one the header) as such a file. */
  public static byte[] of(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(BOM);
      try (SequenceWriter writer = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
          .writeValues(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        for (List<String> row : rows) {
          writer.write(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
