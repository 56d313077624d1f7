package org.clubaide.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.participation.Participation;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.privacy.PersonalDataExport;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * The member's profile: identity and contact details to correct (R-PRV-2), who sees each group of
 * fields with the history of those choices (R-MEM-4, R-MEM-5), the skills, hobbies and
 * particularities offered to the network (R-MEM-3), and the participation — its end date, renewal,
 * or ending it at any time without a reason (R-MEM-6, R-MEM-7).
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PrivacyService privacy;
  @Inject transient ParticipationService participation;
  @Inject transient EndParticipation ending;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String firstName;
  private String lastName;
  private String organisation;
  private String phone;
  private String postalAddress;
  private final Map<FieldGroup, String> visibility = new EnumMap<>(FieldGroup.class);
  private String skills;
  private String hobbies;
  private String particularities;
  private boolean offered;
  private boolean endConfirmed;
  private transient PersonalDataExport data;

  /** Fills the forms with what is held. */
  public void load() {
    PersonalDataExport d = getData();
    firstName = d.identity().firstName();
    lastName = d.identity().lastName();
    organisation = d.identity().organisation().orElse("");
    phone = d.contact().phone();
    postalAddress = d.contact().postalAddress();
    for (FieldGroup group : FieldGroup.values()) {
      visibility.put(group, d.visibility().getOrDefault(group, Visibility.SERVICE_ONLY).name());
    }
    skills = String.join("\n", d.profile().skills());
    hobbies = String.join("\n", d.profile().hobbies());
    particularities = String.join("\n", d.profile().particularities());
    offered = d.profile().skillsOfferedToNetwork();
  }

  /** Everything held on the member, as the export shows it. */
  public PersonalDataExport getData() {
    if (data == null) {
      data = privacy.export(actor.require(), memberId());
    }
    return data;
  }

  /** The consent history, newest first (R-MEM-5). */
  public List<ConsentChange> getConsentHistory() {
    List<ConsentChange> history = new ArrayList<>(getData().consentHistory());
    Collections.reverse(history);
    return history;
  }

  /** Where the participation stands (R-MEM-7). */
  public Participation getParticipation() {
    return participation.participation(actor.require(), memberId());
  }

  /** Corrects the identity and contact details. */
  public String correct() {
    return run(
        () ->
            privacy.correct(
                actor.require(),
                memberId(),
                new Identity(firstName, lastName, Optional.ofNullable(organisation)),
                phone,
                postalAddress),
        "profile.corrected");
  }

  /** Saves the visibility choices; each change goes into the consent history. */
  public String saveVisibility() {
    return run(
        () ->
            visibility.forEach(
                (group, value) ->
                    privacy.changeVisibility(
                        actor.require(), memberId(), group, Visibility.valueOf(value))),
        "profile.visibilitySaved");
  }

  /** Saves what the member offers to the network. */
  public String describe() {
    return run(
        () ->
            participation.describe(
                actor.require(),
                memberId(),
                new Profile(lines(skills), lines(hobbies), lines(particularities), offered)),
        "profile.described");
  }

  /** Renews the participation for one more period. */
  public String renew() {
    return run(() -> participation.renew(actor.require(), memberId()), "participation.renewed");
  }

  /** Ends the participation: open requests are withdrawn, helpers told, the session ends. */
  public String end() throws ServletException {
    if (!endConfirmed) {
      Ui.errorKey("participation.end.confirmRequired");
      return null;
    }
    try {
      tx.run(() -> ending.end(actor.require(), memberId()));
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
    Ui.info("participation.ended");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    return "/index.xhtml?faces-redirect=true";
  }

  private String run(Runnable work, String doneKey) {
    try {
      tx.run(work);
      Ui.info(doneKey);
      return "/member/profile.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      Ui.error(e);
      data = null;
      return null;
    }
  }

  private MemberId memberId() {
    return actor.require().requireMember();
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }

  /** The field groups, in display order. */
  public List<FieldGroup> getGroups() {
    return List.of(FieldGroup.values());
  }

  /** The choices offered: never public. */
  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public Map<FieldGroup, String> getVisibility() {
    return visibility;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getHobbies() {
    return hobbies;
  }

  public void setHobbies(String hobbies) {
    this.hobbies = hobbies;
  }

  public String getParticularities() {
    return particularities;
  }

  public void setParticularities(String particularities) {
    this.particularities = particularities;
  }

  public boolean isOffered() {
    return offered;
  }

  public void setOffered(boolean offered) {
    this.offered = offered;
  }

  public boolean isEndConfirmed() {
    return endConfirmed;
  }

  public void setEndConfirmed(boolean endConfirmed) {
    this.endConfirmed = endConfirmed;
  }
}
