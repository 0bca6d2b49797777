package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every refusal the Tasklist shows is one sentence in Chinese, then " / ", then the same in English (docs/adr/0024):
 * each {@link Refusal} has its sentence in both bundles, and no sentence shows a field's key, an id, the engine's
 * codes or an exception's name.
 */
class RefusalSentencesTest {

  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  /** A field whose key its label does not contain ("赞成票 / Votes for"). */
  private static final String FIELD = "votesFor";

  private final RefusalSentences sentences = new RefusalSentences(new Bilingual(messages()), new FormLabels());

  @Test
  void everyRefusalHasItsSentenceInEnglishAndInChineseAndNoSentenceIsLeftOver() throws IOException {
    Properties english = bundle("messages-forms.properties");
    Properties chinese = bundle("messages-forms_zh.properties");
    Set<String> keys = Arrays.stream(Refusal.values()).map(Refusal::key).collect(Collectors.toSet());
    keys.add(Refusal.PREFIX + "entry");

    assertThat(english.stringPropertyNames()).containsAll(keys);
    assertThat(chinese.stringPropertyNames()).containsAll(keys);
    assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith(Refusal.PREFIX)))
        .as("no sentence without its refusal").containsExactlyInAnyOrderElementsOf(keys);
    assertThat(chinese.stringPropertyNames().stream().filter(k -> k.startsWith(Refusal.PREFIX)))
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @ParameterizedTest
  @EnumSource(Refusal.class)
  void eachRefusalIsOneChineseSentenceThenTheEnglishWithEveryArgument(Refusal refusal) {
    Object[] arguments = new Object[refusal.arguments()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = 41 + i;
    }
    String said = switch (refusal.kind()) {
      case FIELD -> sentences.of(new InvalidInputException(List.of(refusal == Refusal.RULE
          ? new FieldError(FIELD, "votesFor must be a number")
          : refusal.error(FIELD, "votesFor is wrong", arguments))));
      case MATTER -> sentences.of(refusal.conflict("case 4711 is in state CLOSED", arguments));
      case REQUEST -> sentences.sentence(refusal, arguments);
    };

    String[] parts = said.split(Pattern.quote(Bilingual.SEPARATOR));
    assertThat(parts).as(said).hasSize(2);
    String chinese = parts[0];
    String english = parts[1];
    assertThat(chinese).as("Chinese, a whole sentence").containsPattern(CHINESE).endsWith("。")
        .doesNotContainPattern(LATIN_WORD);
    assertThat(english).as("English, a whole sentence").doesNotContainPattern(CHINESE).endsWith(".")
        .matches("^[A-Z“].*");
    for (Object argument : arguments) {
      assertThat(chinese).as("every argument in Chinese").contains(argument.toString());
      assertThat(english).as("every argument in English").contains(argument.toString());
    }
    assertThat(said).doesNotContain("{", "}", "''", FIELD, "4711", "CLOSED", "ENGINE-", "Exception", "null");
  }

  @Test
  void aFieldIsNamedByItsLabelInsideEachSentence() throws Exception {
    InvalidInputException outOfRange = thrown(() -> FormFields.number(scope("recognition", 9), "recognition", 1, 5));
    InvalidInputException notChosen = thrown(() -> FormFields.choice(scope("decision", null), "decision",
        Kind.class));

    assertThat(sentences.of(outOfRange))
        .isEqualTo("“国际认可度”须为 1 至 5 之间的整数。 / International recognition: must be from 1 to 5.");
    assertThat(sentences.of(notChosen)).as("the choice in words, not its codes")
        .isEqualTo("请从所列选项中选择“决定”。 / Decision: choose one of the choices offered.");
  }

  @Test
  void aLabelThatAsksAQuestionNamesItsFieldWithoutTheQuestionMark() {
    InvalidInputException refused = Refusal.CHOICE.invalid("rectifiedInTime", "must be true or false");

    assertThat(sentences.of(refused))
        .isEqualTo("请从所列选项中选择“是否已整改”。 / Rectified: choose one of the choices offered.");
  }

  @Test
  void severalFieldsAreAllChineseThenAllEnglish() {
    InvalidInputException refused = new InvalidInputException(List.of(
        Refusal.CHOICE.error("checkResult", "must be one of GENUINE, NOT_GENUINE"),
        Refusal.NOT_BLANK.error("checkNote", "must be given")));

    assertThat(sentences.of(refused)).isEqualTo("请从所列选项中选择“发证机构的答复”。“答复说明”为必填项。 / "
        + "What the issuing body answered: choose one of the choices offered. Note on the answer: must be given.");
  }

  @Test
  void aRefusalWithoutACodeOfTheListIsSaidInGeneralWordsNeverInTheExceptionsEnglish() {
    assertThat(sentences.of(new InvalidInputException("reviewOutcome", "must be one of APPROVED, REJECTED")))
        .as("a field no form has").isEqualTo("此项填写有误，请检查后重新提交。 / This entry is not valid; check it and submit again.");
    assertThat(sentences.of(new InvalidInputException(List.of(FieldError.coded("resolution", "validation.Size",
        "must be short", 1, 2))))).as("a known code with other arguments than its sentence takes")
        .isEqualTo("“决议”填写有误，请检查后重新提交。 / Resolution is not valid; check it and submit again.");
    assertThat(sentences.of(new ConflictException("qualification BJ-I-001 is not in the catalog (REMOVED)")))
        .isEqualTo("此事项的状态已经改变，无法再办理此步骤，请刷新任务列表。 / The matter has changed in the meantime and this "
            + "step can no longer be taken; reload the task list.");
  }

  @Test
  void aRefusalIsThrownWithAsManyArgumentsAsItsSentenceTakes() {
    assertThatThrownBy(() -> Refusal.RANGE.invalid("recognition", "must be from 1 to 5", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Refusal.CASE_CLOSED.invalid("case", "is closed", "VC-1"))
        .as("a refusal of the matter is no refusal of a field").isInstanceOf(IllegalArgumentException.class);
    assertThat(Refusal.of(Refusal.RANGE.code())).contains(Refusal.RANGE);
    assertThat(Refusal.of("no such code")).isEmpty();
  }

  private enum Kind {
    APPROVE,
    REJECT
  }

  private static VariableScope scope(String name, Object value) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(name)).thenReturn(value);
    return scope;
  }

  private static InvalidInputException thrown(Runnable read) {
    List<InvalidInputException> caught = new ArrayList<>();
    try {
      read.run();
    } catch (InvalidInputException e) {
      caught.add(e);
    }
    assertThat(caught).as("refused").hasSize(1);
    return caught.get(0);
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages-forms");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RefusalSentencesTest.class.getResourceAsStream("/" + name)) {
      properties.load(in);
    }
    return properties;
  }
}
