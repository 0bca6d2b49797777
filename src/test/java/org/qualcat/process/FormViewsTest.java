package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormViewsTest {

  @Test
  void shortTextStaysAsItIs() {
    assertThat(FormViews.fit("Approve <b>now</b>\r\n北京")).isEqualTo("Approve <b>now</b>\r\n北京");
    assertThat(FormViews.fit(null)).isNull();
  }

  @Test
  void longTextIsShortenedToTheEnginesLimitWithANote() {
    String fitted = FormViews.fit("x".repeat(10_000));

    assertThat(fitted).hasSize(FormViews.MAX_LENGTH).endsWith(FormViews.SHORTENED);
  }

  @Test
  void charactersBeyondThreeBytesOfUtf8AreReplacedNeverCutInHalf() {
    assertThat(FormViews.fit("Lab 🧪 吉野家 𠮷野家")).isEqualTo("Lab \uFFFD 吉野家 \uFFFD野家");

    String emojiAtTheCut = "x".repeat(FormViews.MAX_LENGTH - FormViews.SHORTENED.length() - 1) + "🧪🧪";
    String fitted = FormViews.fit(emojiAtTheCut + "y".repeat(100));
    assertThat(fitted.codePoints().noneMatch(Character::isSupplementaryCodePoint)).isTrue();
    assertThat(fitted.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    assertThat(fitted.length()).isLessThanOrEqualTo(FormViews.MAX_LENGTH);
  }
}
