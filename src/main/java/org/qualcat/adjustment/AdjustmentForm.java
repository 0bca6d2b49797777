package org.qualcat.adjustment;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageForms;

/** The page's adjustment form as the browser posts it, turned into the API's command. */
public class AdjustmentForm {

  private String qualificationCode;
  private List<String> lists = new ArrayList<>();
  private String titleLevel;
  private String titleSeries;
  private String skillLevel;
  private String justification;
  private String contactEmail;

  /** A form that starts from what the catalog says now: the person changes what should change. */
  static AdjustmentForm of(String code, QualificationDetails now) {
    AdjustmentForm form = new AdjustmentForm();
    form.qualificationCode = code;
    form.lists = new ArrayList<>(now.lists().stream().map(Enum::name).toList());
    form.titleLevel = now.titleLevel().name();
    form.titleSeries = now.titleSeries();
    form.skillLevel = now.skillLevel();
    return form;
  }

  /** The command {@code POST /api/adjustments} takes, or the choices that are not among those offered. */
  AdjustmentCommand toCommand() {
    List<FieldError> errors = new ArrayList<>();
    var chosenLists = PageForms.choices(CatalogList.class, lists, "lists", errors);
    var level = PageForms.choice(TitleLevel.class, titleLevel, "titleLevel", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new AdjustmentCommand(qualificationCode, chosenLists, level, PageForms.given(titleSeries),
        PageForms.given(skillLevel), justification, PageForms.given(contactEmail));
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public void setQualificationCode(String qualificationCode) {
    this.qualificationCode = qualificationCode;
  }

  public List<String> getLists() {
    return lists;
  }

  public void setLists(List<String> lists) {
    this.lists = lists == null ? new ArrayList<>() : lists;
  }

  public String getTitleLevel() {
    return titleLevel;
  }

  public void setTitleLevel(String titleLevel) {
    this.titleLevel = titleLevel;
  }

  public String getTitleSeries() {
    return titleSeries;
  }

  public void setTitleSeries(String titleSeries) {
    this.titleSeries = titleSeries;
  }

  public String getSkillLevel() {
    return skillLevel;
  }

  public void setSkillLevel(String skillLevel) {
    this.skillLevel = skillLevel;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
