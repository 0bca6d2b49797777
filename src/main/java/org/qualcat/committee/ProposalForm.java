package org.qualcat.committee;

import org.qualcat.system.Published;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pages' forms of a proposal to the committee (a nomination, an adjustment) share, as the browser posts it:
 * the lists and the title and skill mapping proposed, why, and where the bureau writes about it.
 */
@Published
public abstract class ProposalForm {

  private List<String> lists = new ArrayList<>();
  private String titleLevel;
  private String titleSeries;
  private List<String> titleChannels = new ArrayList<>();
  private String skillLevel;
  private String justification;
  private String contactEmail;

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

  public List<String> getTitleChannels() {
    return titleChannels;
  }

  public void setTitleChannels(List<String> titleChannels) {
    this.titleChannels = titleChannels == null ? new ArrayList<>() : titleChannels;
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
