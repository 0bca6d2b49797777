package org.qualcat.catalog;

/** The publish form of the draft-edition page, as typed (dates as text, so that a wrong one is shown back). */
public class PublishForm {

  private String code;
  private String name;
  private String nameZh;
  private String publishedOn;
  private String releasedOn;
  private String repeals;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(String publishedOn) {
    this.publishedOn = publishedOn;
  }

  public String getReleasedOn() {
    return releasedOn;
  }

  public void setReleasedOn(String releasedOn) {
    this.releasedOn = releasedOn;
  }

  public String getRepeals() {
    return repeals;
  }

  public void setRepeals(String repeals) {
    this.repeals = repeals;
  }
}
