package org.qualcat.committee;

import org.qualcat.system.Published;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qualcat.process.BureauTime;
import org.springframework.context.MessageSource;

/**
 * What happened to a matter, in the words of the page's language (messages-selection): the events of its committee
 * review between those of the matter itself, oldest first. People who worked on it are named for staff only.
 */
@Published
public final class ReviewTimeline {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BureauTime.ZONE);

  /** One line: when, what (a sentence), who (staff only, else null) and what they wrote (or null). */
  public record Entry(Instant at, String text, String who, String note) {
  }

  private final MessageSource messages;
  private final Locale locale;
  private final boolean staff;
  private final List<Entry> entries = new ArrayList<>();

  public ReviewTimeline(MessageSource messages, Locale locale, boolean staff) {
    this.messages = messages;
    this.locale = locale;
    this.staff = staff;
  }

  /** Adds an event of the matter itself (key in messages-selection); nothing when it has not happened. */
  public ReviewTimeline add(Instant at, String key, String who, String note, Object... arguments) {
    if (at != null) {
      entries.add(new Entry(at, say(key, arguments), staff ? who : null, note));
    }
    return this;
  }

  /** Adds the events of the committee review (none without one). */
  public ReviewTimeline review(ReviewRecordView r) {
    if (r == null) {
      return this;
    }
    add(r.openedAt(), "selection.event.reviewOpened", null, null);
    r.experts().forEach(a -> add(a.assignedAt(), "selection.event.expertAssigned", a.assignedBy(), null, a.expert()));
    r.scores().forEach(s -> add(s.scoredAt(), "selection.event.scored", s.expert(), s.comment(),
        String.format(locale, "%.1f", s.average()), say("selection.recommendation." + s.recommendation())));
    r.resolutions().forEach(c -> add(c.decidedAt(), "selection.event.resolved", c.decidedBy(),
        c.decision() == CommitteeDecision.SEND_BACK ? c.informationNeeded() : c.resolution(),
        say("selection.decision." + c.decision()), c.votesFor(), c.votesAgainst(), c.votesAbstained()));
    r.information().forEach(i -> add(i.providedAt(), "selection.event.information", i.providedBy(), i.information()));
    add(r.noticeStartedAt(), "selection.event.notice", null, null, day(r.noticeEndsAt()));
    r.objections().forEach(o -> add(o.lodgedAt(), "selection.event.objection", o.lodgedBy(), o.grounds()));
    return this;
  }

  /** The entries, oldest first. */
  public List<Entry> entries() {
    return entries.stream().sorted(Comparator.comparing(Entry::at)).toList();
  }

  /** A day in Beijing, as the pages show it. */
  public static String day(Instant at) {
    return at == null ? "" : DAY.format(at);
  }

  private String say(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale);
  }
}
