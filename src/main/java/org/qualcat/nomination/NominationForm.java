package org.qualcat.nomination;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageForms;

/** The page's nomination form as the browser posts it (texts and choices), turned into the API's request. */
public class NominationForm {

  private String code;
  private String nameEn;
  private String nameZh;
  private String issuingBody;
  private String countryRegion;
  private String sector;
  private List<String> lists = new ArrayList<>();
  private String titleLevel = TitleLevel.NONE.name();
  private String titleSeries;
  private String skillLevel;
  private String practiceField = PracticeField.NONE.name();
  private String verificationChannel;
  private String notes;
  private String justification;
  private String contactEmail;

  /** The request {@code POST /api/nominations} takes, or the choices that are not among those offered. */
  NominationRequest toRequest() {
    List<FieldError> errors = new ArrayList<>();
    var chosenLists = PageForms.choices(CatalogList.class, lists, "lists", errors);
    var level = PageForms.choice(TitleLevel.class, titleLevel, "titleLevel", errors);
    var field = PageForms.choice(PracticeField.class, practiceField, "practiceField", errors);
    var channel = PageForms.choice(VerificationChannel.class, verificationChannel, "verificationChannel", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NominationRequest(code == null ? null : code.strip(), nameEn, nameZh, issuingBody, countryRegion,
        sector, chosenLists, level, PageForms.given(titleSeries), PageForms.given(skillLevel), field, channel,
        PageForms.given(notes), justification, PageForms.given(contactEmail));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getIssuingBody() {
    return issuingBody;
  }

  public void setIssuingBody(String issuingBody) {
    this.issuingBody = issuingBody;
  }

  public String getCountryRegion() {
    return countryRegion;
  }

  public void setCountryRegion(String countryRegion) {
    this.countryRegion = countryRegion;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
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

  public String getPracticeField() {
    return practiceField;
  }

  public void setPracticeField(String practiceField) {
    this.practiceField = practiceField;
  }

  public String getVerificationChannel() {
    return verificationChannel;
  }

  public void setVerificationChannel(String verificationChannel) {
    this.verificationChannel = verificationChannel;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
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
