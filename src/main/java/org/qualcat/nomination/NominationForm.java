package org.qualcat.nomination;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.committee.ProposalForm;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageForms;

/** The page's nomination form as the browser posts it (texts and choices), turned into the API's request. */
class NominationForm extends ProposalForm {

  private String code;
  private String nameEn;
  private String nameZh;
  private String issuingBody;
  private String countryRegion;
  private String sector;
  private String practiceField = PracticeField.NONE.name();
  private String verificationChannel;
  private String notes;

  public NominationForm() {
    setTitleLevel(TitleLevel.NONE.name());
  }

  /** The request {@code POST /api/nominations} takes, or the choices that are not among those offered. */
  NominationRequest toRequest() {
    List<FieldError> errors = new ArrayList<>();
    var chosenLists = PageForms.choices(CatalogList.class, getLists(), "lists", errors);
    var level = PageForms.choice(TitleLevel.class, getTitleLevel(), "titleLevel", errors);
    var channels = PageForms.choices(TitleChannel.class, getTitleChannels(), "titleChannels", errors);
    var field = PageForms.choice(PracticeField.class, practiceField, "practiceField", errors);
    var channel = PageForms.choice(VerificationChannel.class, verificationChannel, "verificationChannel", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NominationRequest(code == null ? null : code.strip(), nameEn, nameZh, issuingBody, countryRegion,
        sector, chosenLists, level, PageForms.given(getTitleSeries()), channels, PageForms.given(getSkillLevel()),
        field, channel, PageForms.given(notes), getJustification(), PageForms.given(getContactEmail()));
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
}
