package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/**
 * Registration (R-MEM-1): identity, complete contact details, a visibility choice per field group
 * (R-MEM-4), and the explicit acceptance of the current terms, never pre-ticked.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistrationService registration;
  @Inject transient TermsCatalogue terms;
  @Inject transient Clock clock;
  @Inject transient Transactions tx;

  private String firstName;
  private String lastName;
  private String organisation;
  private String email;
  private String phone;
  private String postalAddress;
  private String password;
  private boolean termsAccepted;
  private final Map<FieldGroup, String> visibility = new EnumMap<>(FieldGroup.class);

  /** Every group starts service-only (R-MEM-4). */
  public RegisterPage() {
    for (FieldGroup group : FieldGroup.values()) {
      visibility.put(group, Visibility.SERVICE_ONLY.name());
    }
  }

  /** The terms version the visitor accepts. */
  public TermsVersion getCurrentTerms() {
    return terms.currentOn(LocalDate.now(clock));
  }

  /** Registers and sends the new member to the login page. */
  public String register() {
    try {
      String version = getCurrentTerms().label();
      tx.run(
          () ->
              registration.register(
                  new Registration(
                      firstName,
                      lastName,
                      Optional.ofNullable(organisation),
                      email,
                      phone,
                      postalAddress,
                      password == null ? new char[0] : password.toCharArray(),
                      version,
                      termsAccepted,
                      choices(),
                      Channel.WEB)));
      Ui.info("register.done");
      return "/login.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    } finally {
      password = null;
    }
  }

  private Map<FieldGroup, Visibility> choices() {
    Map<FieldGroup, Visibility> choices = new EnumMap<>(FieldGroup.class);
    visibility.forEach((group, value) -> choices.put(group, Visibility.valueOf(value)));
    return choices;
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isTermsAccepted() {
    return termsAccepted;
  }

  public void setTermsAccepted(boolean termsAccepted) {
    this.termsAccepted = termsAccepted;
  }
}
