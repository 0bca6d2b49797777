package org.qualcat.process;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.process.Bilingual.Words;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist shows when it is refused (docs/adr/0024): the whole sentence in Chinese, then " / ", then the
 * whole sentence in English, as the forms' labels are written ("“国际认可度”须为 1 至 5 之间的整数。 / International
 * recognition: must be from 1 to 5."). A field is named by its label on the forms, never by its key; a refusal
 * without a code of {@link Refusal} gets a general sentence, never the exception's English (which may name ids,
 * codes or keys).
 */
@Component
public class RefusalSentences {

  private final Bilingual words;
  private final FormLabels labels;

  public RefusalSentences(Bilingual words, FormLabels labels) {
    this.words = words;
    this.labels = labels;
  }

  /** The refused fields of a form: each field's sentence, in each language. */
  public String of(InvalidInputException refused) {
    List<String> chinese = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (FieldError error : refused.getErrors()) {
      Words label = labels.words(error.field()).orElseGet(this::entry);
      Refusal refusal = Refusal.of(error.code())
          .filter(r -> r.kind() == Refusal.Kind.FIELD && r.arguments() == error.arguments().size())
          .orElse(Refusal.RULE);
      List<Object> arguments = new ArrayList<>();
      arguments.add(label);
      if (refusal != Refusal.RULE) {
        arguments.addAll(error.arguments());
      }
      chinese.add(words.chinese(refusal.key(), arguments.toArray()));
      english.add(words.english(refusal.key(), arguments.toArray()));
    }
    if (chinese.isEmpty()) {
      return sentence(Refusal.RULE, entry());
    }
    return Bilingual.join(String.join("", chinese), String.join(" ", english));
  }

  /** What names a field no form labels: "this entry". */
  private Words entry() {
    return new Words(words.chinese(Refusal.PREFIX + "entry"), words.english(Refusal.PREFIX + "entry"));
  }

  /** The matter the task is about refused the step. */
  public String of(ConflictException refused) {
    return Refusal.of(refused.getCode())
        .filter(r -> r.kind() == Refusal.Kind.MATTER && r.arguments() == refused.getArguments().length)
        .map(r -> sentence(r, refused.getArguments()))
        .orElseGet(() -> sentence(Refusal.CONFLICT));
  }

  /** The sentence of {@code refusal}, with its arguments. */
  public String sentence(Refusal refusal, Object... arguments) {
    return words.both(refusal.key(), arguments);
  }
}
