package org.qualcat.adjustment;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.committee.ProposalForm;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageForms;

/** The page's adjustment form as the browser posts it, turned into the API's command. */
class AdjustmentForm extends ProposalForm {

  private String qualificationCode;

  /** A form that starts from what the catalog says now: the person changes what should change. */
  static AdjustmentForm of(String code, QualificationDetails now) {
    AdjustmentForm form = new AdjustmentForm();
    form.qualificationCode = code;
    form.setLists(new ArrayList<>(now.lists().stream().map(Enum::name).toList()));
    form.setTitleLevel(now.titleLevel().name());
    form.setTitleSeries(now.titleSeries());
    form.setTitleChannels(new ArrayList<>(now.titleChannels().stream().map(Enum::name).toList()));
    form.setSkillLevel(now.skillLevel());
    return form;
  }

  /** The command {@code POST /api/adjustments} takes, or the choices that are not among those offered. */
  AdjustmentCommand toCommand() {
    List<FieldError> errors = new ArrayList<>();
    var chosenLists = PageForms.choices(CatalogList.class, getLists(), "lists", errors);
    var level = PageForms.choice(TitleLevel.class, getTitleLevel(), "titleLevel", errors);
    // the page shows every channel: what is ticked is the whole set, none ticked is none
    var channels = PageForms.choices(TitleChannel.class, getTitleChannels(), "titleChannels", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new AdjustmentCommand(qualificationCode, chosenLists, level, PageForms.given(getTitleSeries()), channels,
        PageForms.given(getSkillLevel()), getJustification(), PageForms.given(getContactEmail()));
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public void setQualificationCode(String qualificationCode) {
    this.qualificationCode = qualificationCode;
  }
}
