package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualcat.system.InvalidInputException;

class BulkSheetTest {

  private static final String HEADER = "qualificationCode,certificateNumber,certificateIssuedOn,holderName,"
      + "holderNationality,holderDocumentNumber,certificateCopy,employmentProof";

  @Test
  void aCsvSheetGivesItsRowsNumberedAsASpreadsheetShowsThem() {
    byte[] csv = ("\uFEFF" + HEADER + "\r\nBJ-I-001,CFA-1,2020-01-02,Li Wei,CHINESE,E1234567,a.pdf,b.pdf\r\n"
        + ",,,,,,,\r\n\"BJ-I-002\",\"X, 2\",2021-03-04,\"Wang, Fang\",FOREIGN,P7654321,c.pdf,\r\n")
        .getBytes(StandardCharsets.UTF_8);

    List<BulkSheet.Line> lines = BulkSheet.read(csv);

    assertThat(lines).extracting(BulkSheet.Line::number).as("the blank row 3 is skipped").containsExactly(2, 4);
    assertThat(lines.get(0).get("qualificationCode")).as("the byte-order mark is not part of the header")
        .isEqualTo("BJ-I-001");
    assertThat(lines.get(1).get("holderName")).isEqualTo("Wang, Fang");
    assertThat(lines.get(1).get("employmentProof")).isNull();
  }

  @Test
  void chineseHeadersAreTheSameColumns() {
    byte[] csv = ("资格代码,证书编号,发证日期,持证人姓名,国籍,证件号码,证书复印件,聘用证明\nBJ-I-001,CFA-1,2020-01-02,李伟,"
        + "CHINESE,E1234567,a.pdf,b.pdf\n").getBytes(StandardCharsets.UTF_8);

    assertThat(BulkSheet.read(csv).get(0).get("holderName")).isEqualTo("李伟");
  }

  @Test
  void anXlsxSheetReadsDatesAndNumbersAsTheyAreShown() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("employees");
      Row header = sheet.createRow(0);
      String[] columns = HEADER.split(",");
      for (int c = 0; c < columns.length; c++) {
        header.createCell(c).setCellValue(columns[c]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("BJ-I-001");
      row.createCell(1).setCellValue(118204);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      row.createCell(2).setCellValue(LocalDate.of(2019, 9, 16));
      row.getCell(2).setCellStyle(date);
      row.createCell(3).setCellValue("Li Wei");
      row.createCell(4).setCellValue("CHINESE");
      row.createCell(5).setCellValue("E1234567");
      row.createCell(6).setCellValue("a.pdf");
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    BulkSheet.Line line = BulkSheet.read(xlsx).get(0);

    assertThat(line.number()).isEqualTo(2);
    assertThat(line.get("certificateNumber")).as("no decimal point").isEqualTo("118204");
    assertThat(line.get("certificateIssuedOn")).isEqualTo("2019-09-16");
  }

  @Test
  void aFileThatIsNoSheetOfCertificatesIsRefusedSayingWhy() {
    assertThatThrownBy(() -> BulkSheet.read(new byte[0])).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(code(e)).isEqualTo("validation.bulk.empty"));
    assertThatThrownBy(() -> BulkSheet.read("name,date\nx,y\n".getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("validation.bulk.columns"))
        .hasMessageContaining("qualificationCode");
    assertThatThrownBy(() -> BulkSheet.read((HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("validation.bulk.empty"));
    assertThatThrownBy(() -> BulkSheet.read(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .satisfies(e -> assertThat(code(e)).isEqualTo("validation.bulk.unreadable"));
    StringBuilder many = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= BulkSheet.MAX_ROWS; i++) {
      many.append("BJ-I-001,C").append(i).append(",2020-01-01,A,CHINESE,E1234567,a.pdf,b.pdf\n");
    }
    assertThatThrownBy(() -> BulkSheet.read(many.toString().getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("validation.bulk.tooManyRows"));
  }

  private static String code(Throwable e) {
    return ((InvalidInputException) e).getErrors().get(0).code();
  }
}
