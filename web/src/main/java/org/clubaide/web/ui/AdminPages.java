package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.administration.TermsPublication;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * The administrators' pages (R-MEM-2, R-PRV-3, R-NET-1): publish a terms version, which every
 * member then accepts at their next login; the logins and their roles, read only; the partners of
 * the network.
 */
@Named("admin")
@ViewScoped
public class AdminPages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Logins per page. */
  static final int PAGE = 50;

  @Inject transient TermsPublication terms;
  @Inject transient Administration administration;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String label;
  private LocalDate validFrom;
  private String text;
  private String after = "";
  private String partnerName;
  private String partnerEmail;
  private String partnerPhone;
  private String partnerAddress;
  private String partnerSkills;
  private transient List<Administration.Login> logins;

  /** Publishes a new terms version. */
  public String publish() {
    return run(() -> terms.publish(actor.require(), label, validFrom, text), "admin.terms.published", "/admin/terms.xhtml");
  }

  /** Records a partner. */
  public String addPartner() {
    return run(
        () ->
            administration.addPartner(
                actor.require(),
                partnerName,
                new ContactDetails(partnerEmail, partnerPhone, partnerAddress),
                partnerSkills == null ? List.of() : Arrays.asList(partnerSkills.split("[,\\n]"))),
        "admin.partners.added",
        "/admin/partners.xhtml");
  }

  /** Stops or resumes calling on a partner. */
  public String toggle(String id, boolean active) {
    return run(
        () -> administration.setPartnerActive(actor.require(), PartnerId.of(id), active),
        "admin.partners.changed",
        "/admin/partners.xhtml");
  }

  private String run(Runnable work, String doneKey, String page) {
    try {
      tx.run(work);
      Ui.info(doneKey);
      return page + "?faces-redirect=true";
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  /** The partners, by name. */
  public List<Partner> getPartners() {
    return administration.partners(actor.require());
  }

  /** A page of logins. */
  public List<Administration.Login> getLogins() {
    if (logins == null) {
      logins =
          administration.logins(
              actor.require(), after.isEmpty() ? Optional.empty() : Optional.of(after), PAGE);
    }
    return logins;
  }

  /** The last login of the page, when another page may follow. */
  public String getNextAfter() {
    List<Administration.Login> page = getLogins();
    return page.size() == PAGE ? page.get(page.size() - 1).login() : null;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getAfter() {
    return after.isEmpty() ? null : after;
  }

  public void setAfter(String after) {
    this.after = after == null ? "" : after;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String partnerName) {
    this.partnerName = partnerName;
  }

  public String getPartnerEmail() {
    return partnerEmail;
  }

  public void setPartnerEmail(String partnerEmail) {
    this.partnerEmail = partnerEmail;
  }

  public String getPartnerPhone() {
    return partnerPhone;
  }

  public void setPartnerPhone(String partnerPhone) {
    this.partnerPhone = partnerPhone;
  }

  public String getPartnerAddress() {
    return partnerAddress;
  }

  public void setPartnerAddress(String partnerAddress) {
    this.partnerAddress = partnerAddress;
  }

  public String getPartnerSkills() {
    return partnerSkills;
  }

  public void setPartnerSkills(String partnerSkills) {
    this.partnerSkills = partnerSkills;
  }
}
