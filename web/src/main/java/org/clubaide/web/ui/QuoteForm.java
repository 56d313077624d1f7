package org.clubaide.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;

/**
 * The fields of a quote as a page's form holds them (template {@code quote-fields.xhtml}): the
 * Service recording a quote and a member quoting through a call type the same fields (R-SOL-2,
 * R-SOL-3, R-SOL-6). Prices are typed in euros; the core checks every rule.
 */
public class QuoteForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String quoteTitle;
  private String quoteScope;
  private String usualPrice;
  private String memberPrice;
  private Integer durationAmount;
  private EngagementDuration.Unit durationUnit = EngagementDuration.Unit.WEEKS;
  private LocalDate validUntil;

  /** The usual price, as money (a refusal on the field {@code usualPrice} when not a price). */
  Money usual() {
    return Amounts.euros(usualPrice, "usualPrice");
  }

  /** The member's price, as money (a refusal on the field {@code memberPrice}). */
  Money member() {
    return Amounts.euros(memberPrice, "memberPrice");
  }

  /** The duration of the engagement; no amount counts as zero, which the core refuses. */
  EngagementDuration duration() {
    return new EngagementDuration(durationAmount == null ? 0 : durationAmount, durationUnit);
  }

  /** The units a duration is counted in. */
  public EngagementDuration.Unit[] getUnits() {
    return EngagementDuration.Unit.values();
  }

  public String getQuoteTitle() {
    return quoteTitle;
  }

  public void setQuoteTitle(String quoteTitle) {
    this.quoteTitle = quoteTitle;
  }

  public String getQuoteScope() {
    return quoteScope;
  }

  public void setQuoteScope(String quoteScope) {
    this.quoteScope = quoteScope;
  }

  public String getUsualPrice() {
    return usualPrice;
  }

  public void setUsualPrice(String usualPrice) {
    this.usualPrice = usualPrice;
  }

  public String getMemberPrice() {
    return memberPrice;
  }

  public void setMemberPrice(String memberPrice) {
    this.memberPrice = memberPrice;
  }

  public Integer getDurationAmount() {
    return durationAmount;
  }

  public void setDurationAmount(Integer durationAmount) {
    this.durationAmount = durationAmount;
  }

  public EngagementDuration.Unit getDurationUnit() {
    return durationUnit;
  }

  public void setDurationUnit(EngagementDuration.Unit durationUnit) {
    this.durationUnit = durationUnit;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
