package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The holder-facing texts (benefit lines and result statements) of {@code messages-verification*.properties} are
 * exactly those of the reviewed table {@code docs/benefits.md}, and still say what the notice says.
 */
class BenefitTextsTest {

  private static final Path TABLE = Path.of("docs/benefits.md");
  private static final Path ENGLISH = Path.of("src/main/resources/messages-verification.properties");
  private static final Path CHINESE = Path.of("src/main/resources/messages-verification_zh.properties");
  private static final String BENEFIT = "verification.benefit.";
  private static final String STATEMENT = "verification.statement.";

  /** A row of one of the two tables: the code or key, the section, and the two texts. */
  record Row(String name, String section, String en, String zh) {
  }

  private final Map<String, Row> benefits = new LinkedHashMap<>();
  private final Map<String, Row> statements = new LinkedHashMap<>();
  private final Properties en = load(ENGLISH);
  private final Properties zh = load(CHINESE);

  BenefitTextsTest() throws IOException {
    parseTable();
  }

  @Test
  void everyBenefitCodeHasExactlyOneRowAndNoRowNamesAnUnknownCode() {
    assertThat(benefits.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(HolderBenefit.values()).map(Enum::name).toList());
  }

  @Test
  void theSectionOfEachRowIsTheSectionOfItsCode() {
    for (HolderBenefit b : HolderBenefit.values()) {
      assertThat(benefits.get(b.name()).section()).as(b.name()).isEqualTo(b.noticeSection());
    }
  }

  @Test
  void theMessagesAreTheTextsOfTheTable() {
    for (Row row : benefits.values()) {
      String key = HolderBenefit.valueOf(row.name()).messageKey();
      assertThat(en.getProperty(key)).as(key + " (English)").isEqualTo(row.en());
      assertThat(zh.getProperty(key)).as(key + " (Chinese)").isEqualTo(row.zh());
    }
    for (Row row : statements.values()) {
      assertThat(row.name()).startsWith(STATEMENT);
      assertThat(en.getProperty(row.name())).as(row.name() + " (English)").isEqualTo(row.en());
      assertThat(zh.getProperty(row.name())).as(row.name() + " (Chinese)").isEqualTo(row.zh());
    }
  }

  @Test
  void everyBenefitAndStatementMessageHasARow() {
    Set<String> rows = new TreeSet<>();
    benefits.keySet().forEach(code -> rows.add(BENEFIT + code));
    rows.addAll(statements.keySet());
    assertThat(keys(en)).as("English keys").isEqualTo(rows);
    assertThat(keys(zh)).as("Chinese keys").isEqualTo(rows);
  }

  @Test
  void eachBenefitLineEndsWithItsSection() {
    for (HolderBenefit b : HolderBenefit.values()) {
      assertThat(en.getProperty(b.messageKey())).as(b.name())
          .endsWith(" (notice " + b.noticeSection() + ").");
      assertThat(zh.getProperty(b.messageKey())).as(b.name())
          .endsWith("（" + chineseReference(b.noticeSection()) + "）。");
    }
    assertThat(chineseReference("I.(I)4, I.(III)4")).isEqualTo("通知第一部分（一）第4条、（三）第4条");
    assertThat(chineseReference("III")).isEqualTo("通知第三部分");
  }

  @Test
  void theLinesKeepTheConditionsOfTheNotice() {
    assertThat(english(HolderBenefit.LONG_STAY_VISA)).contains("If you meet the necessary criteria")
        .contains("green channel").contains("port visa department of any of Beijing's public security organs");
    assertThat(chinese(HolderBenefit.LONG_STAY_VISA)).contains("符合相关条件的").contains("口岸签证部门");

    assertThat(english(HolderBenefit.WORK_PERMIT_RELAXED)).contains("may be raised to 65")
        .contains("70 for high-end, precision and sophisticated industries").contains("Class A")
        .doesNotContain("up to age");
    assertThat(chinese(HolderBenefit.WORK_PERMIT_RELAXED)).contains("可放宽至65岁").contains("A类");

    assertThat(english(HolderBenefit.TITLE_GRANT_CHANNELS)).contains("Beijing will promote the grant")
        .contains("direct recognition of certificates, exemption from certain courses, and reduction in examination "
            + "subjects")
        .doesNotContain("Beijing grants");
    assertThat(chinese(HolderBenefit.TITLE_GRANT_CHANNELS)).contains("推动").contains("免修部分课程")
        .contains("减少考试科目");

    assertThat(english(HolderBenefit.PRACTICE_AUTHORIZATION))
        .contains("specific implementation measures and operational standards formulated by the relevant competent "
            + "authorities")
        .contains("You must provide professional services that comply with your professional qualification");
    assertThat(chinese(HolderBenefit.PRACTICE_AUTHORIZATION)).contains("具体实施办法和操作规范")
        .contains("须依照相关法律法规");

    for (HolderBenefit title : List.of(HolderBenefit.INTERMEDIATE_TITLE, HolderBenefit.DEPUTY_SENIOR_TITLE)) {
      assertThat(english(title)).as(title.name()).contains("may correspond to")
          .contains("in specific professional series").contains("apply for senior professional titles in Beijing");
      assertThat(chinese(title)).as(title.name()).contains("可对应");
    }
    assertThat(english(HolderBenefit.TALENT_INTRODUCTION)).contains("prominent contributions on duty")
        .contains("you may apply").contains("after being recommended by your employer");
    assertThat(english(HolderBenefit.SENIOR_TITLE_ASSESSMENT)).contains("you may obtain")
        .contains("Talent with Unique Techniques");
    assertThat(english(HolderBenefit.EMPLOYER_SUPPORT)).contains("are encouraged").contains("evaluation");
    assertThat(english(HolderBenefit.HIGH_LEVEL_TALENT_SERVICES)).contains("If you meet the relevant criteria");
    assertThat(english(HolderBenefit.SCI_TECH_SUPPORT)).contains("If you meet the relevant criteria");
    assertThat(english(HolderBenefit.TALENT_VISA)).contains("If eligible");
  }

  @Test
  void theStatementsSayWhatTheyAreFor() {
    assertThat(en.getProperty(STATEMENT + "beijing")).contains("notarization and accreditation materials")
        .contains("valid basis").endsWith("(notice IV.2).");
    assertThat(en.getProperty(STATEMENT + "employmentNotConfirmed"))
        .contains("established personnel and labor relations with employers in Beijing");
    // the statements replaced the old lines, which overstated ("the notice grants no services")
    assertThat(en).doesNotContainKeys("verification.case.noBenefits", "verification.result.disclaimer");
    assertThat(zh).doesNotContainKeys("verification.case.noBenefits", "verification.result.disclaimer");
    // formatted with the region's name: no apostrophe, which MessageFormat would swallow
    String otherRegion = en.getProperty(STATEMENT + "otherRegion");
    assertThat(otherRegion).doesNotContain("'");
    assertThat(zh.getProperty(STATEMENT + "otherRegion")).doesNotContain("'");
    assertThat(new MessageFormat(otherRegion, Locale.ENGLISH).format(new Object[] {"Tianjin"}))
        .contains("employed in Tianjin").endsWith("(notice IV.3).");
    assertThat(new MessageFormat(zh.getProperty(STATEMENT + "otherRegion"), Locale.CHINESE)
        .format(new Object[] {"河北"})).contains("河北就业");
  }

  @Test
  void thePropertiesFilesStayAsciiWithEscapes() throws IOException {
    for (Path file : List.of(ENGLISH, CHINESE)) {
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        assertThat(b & 0xff).as(file + " is ASCII (\\uXXXX escapes)").isLessThan(0x80);
      }
    }
  }

  private String english(HolderBenefit b) {
    return en.getProperty(b.messageKey());
  }

  private String chinese(HolderBenefit b) {
    return zh.getProperty(b.messageKey());
  }

  /** "I.(I)2, I.(III)1" as the Chinese lines cite it: "通知第一部分（一）第2条、（三）第1条". */
  static String chineseReference(String section) {
    Pattern one = Pattern.compile("(I|II|III|IV|V)(?:\\.\\((I|II|III)\\)(\\d+)?)?");
    StringBuilder text = new StringBuilder("通知");
    String part = null;
    List<String> pieces = new ArrayList<>();
    for (String s : section.split(", ")) {
      Matcher m = one.matcher(s);
      if (!m.matches()) {
        fail("not a section: " + s);
      }
      StringBuilder piece = new StringBuilder();
      if (!m.group(1).equals(part)) {
        piece.append('第').append(numeral(m.group(1))).append("部分");
        part = m.group(1);
      }
      if (m.group(2) != null) {
        piece.append('（').append(numeral(m.group(2))).append('）');
      }
      if (m.group(3) != null) {
        piece.append('第').append(m.group(3)).append('条');
      }
      pieces.add(piece.toString());
    }
    return text.append(String.join("、", pieces)).toString();
  }

  private static String numeral(String roman) {
    return switch (roman) {
      case "I" -> "一";
      case "II" -> "二";
      case "III" -> "三";
      case "IV" -> "四";
      case "V" -> "五";
      default -> throw new IllegalArgumentException(roman);
    };
  }

  private static Set<String> keys(Properties messages) {
    return messages.stringPropertyNames().stream()
        .filter(k -> k.startsWith(BENEFIT) || k.startsWith(STATEMENT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** As Spring Boot reads messages: UTF-8, with \\uXXXX escapes. */
  private static Properties load(Path file) {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      messages.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
    return messages;
  }

  /** The two tables, told apart by their first header cell ("code" or "key"). */
  private void parseTable() throws IOException {
    Map<String, Row> current = null;
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (!line.startsWith("|")) {
        current = null;
        continue;
      }
      List<String> cells = cells(line);
      if (cells.get(0).equals("code")) {
        current = benefits;
      } else if (cells.get(0).equals("key")) {
        current = statements;
      } else if (cells.get(0).matches("-+")) {
        continue;
      } else if (current == null) {
        fail("a table row outside the two tables: " + line);
      } else {
        int width = current == benefits ? 5 : 4;
        assertThat(cells).as(line).hasSize(width);
        String name = cells.get(0).replaceAll("^`|`$", "");
        Row row = new Row(name, cells.get(1), cells.get(width - 2), cells.get(width - 1));
        if (current.put(name, row) != null) {
          fail("two rows for " + name);
        }
      }
    }
    assertThat(benefits).as("rows of the benefit table").isNotEmpty();
    assertThat(statements).as("rows of the statement table").isNotEmpty();
  }

  /** The cells of a table row: split on bare "|", "\|" read as "|", trimmed. */
  private static List<String> cells(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
    return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(c -> c.replace("\\|", "|").strip()).toList();
  }
}
