package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.administration.TermsPublication;
import org.clubaide.core.administration.UserAdministration;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;
import org.clubaide.web.security.SecurityEvents;

/**
 * The administrators' pages (R-MEM-2, R-PRV-3, R-NET-1): publish a terms version, which every
 * member then accepts at their next login; the logins and their roles, where an administrator
 * creates a staff login, changes its roles, disables or enables a login; the partners of the
 * network, and their logins.
 */
@Named("admin")
@ViewScoped
public class AdminPages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Logins per page. */
  static final int PAGE = 50;

  @Inject transient TermsPublication terms;
  @Inject transient Administration administration;
  @Inject transient UserAdministration users;
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
  private String newLogin;
  private List<String> newRoles = new ArrayList<>(List.of(Role.AGENT.name()));
  private String newPassword;
  private String newPasswordConfirm;
  private String selected = "";
  private List<String> selectedRoles;
  private boolean disableConfirmed;
  private String loginPartner;
  private String partnerLogin;
  private String partnerPassword;
  private String partnerPasswordConfirm;
  private transient Optional<Administration.Login> selectedLogin;

  /** Creates a staff login with the initial password typed twice. */
  public String createLogin() {
    if (!samePasswords(newPassword, newPasswordConfirm)) {
      return null;
    }
    String password = newPassword;
    newPassword = null;
    newPasswordConfirm = null;
    return change(
        () -> users.createStaffLogin(actor.require(), newLogin, roles(newRoles), chars(password)),
        SecurityEvents.Type.LOGIN_CREATED,
        "admin.users.taken",
        "admin.users.created",
        false);
  }

  /** Replaces the roles of the login being managed. */
  public String changeRoles() {
    return change(
        () -> users.changeRoles(actor.require(), selected, roles(selectedRoles)),
        SecurityEvents.Type.ROLES_CHANGED,
        "admin.users.lastAdmin",
        "admin.users.rolesChanged",
        true);
  }

  /** Disables the login being managed, once the administrator confirmed it. */
  public String disable() {
    if (!disableConfirmed) {
      Ui.errorKey("admin.users.disableConfirmRequired");
      return null;
    }
    if (actor.require().login().equalsIgnoreCase(selected)) {
      Ui.errorKey("admin.users.notOwn");
      return null;
    }
    return change(
        () -> users.disable(actor.require(), selected),
        SecurityEvents.Type.LOGIN_DISABLED,
        "admin.users.lastAdmin",
        "admin.users.disabled",
        true);
  }

  /** Enables the login being managed again. */
  public String enable() {
    return change(
        () -> users.enable(actor.require(), selected),
        SecurityEvents.Type.LOGIN_ENABLED,
        "admin.users.lastAdmin",
        "admin.users.enabled",
        true);
  }

  /** Gives the chosen partner a login with the initial password typed twice. */
  public String givePartnerLogin() {
    if (!samePasswords(partnerPassword, partnerPasswordConfirm)) {
      return null;
    }
    String password = partnerPassword;
    partnerPassword = null;
    partnerPasswordConfirm = null;
    PartnerId partner;
    try {
      partner = PartnerId.of(loginPartner == null ? "" : loginPartner);
    } catch (IllegalArgumentException e) {
      Ui.errorKey("admin.partners.choose");
      return null;
    }
    try {
      Actor admin = actor.require();
      Administration.Login login =
          tx.call(() -> users.givePartnerLogin(admin, partner, partnerLogin, chars(password)));
      logEvent(SecurityEvents.Type.LOGIN_CREATED, admin, login.login());
      Ui.info("admin.partners.loginGiven");
      return "/admin/partners.xhtml?faces-redirect=true";
    } catch (ConflictException e) {
      Ui.errorKey(
          e.rule().equals("CONCURRENT-UPDATE") ? "error.conflict" : "admin.partners.loginConflict");
      return null;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  /**
   * Runs a change of a login in a transaction, logs its security event and reloads the page; a
   * conflict of the rules (a login taken, the last administrator) is shown with {@code
   * conflictKey}, any other refusal as the rule it broke.
   */
  private String change(
      Supplier<Administration.Login> work,
      SecurityEvents.Type event,
      String conflictKey,
      String doneKey,
      boolean stayOnLogin) {
    try {
      Actor admin = actor.require();
      Administration.Login login = tx.call(work::get);
      logEvent(event, admin, login.login());
      Ui.info(doneKey);
      // The page's parameters (the login managed, the list's page) are carried over, encoded once.
      return "/admin/users.xhtml?faces-redirect=true" + (stayOnLogin ? "&includeViewParams=true" : "");
    } catch (ConflictException e) {
      Ui.errorKey(e.rule().equals("CONCURRENT-UPDATE") ? "error.conflict" : conflictKey);
      return null;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  private static void logEvent(SecurityEvents.Type type, Actor admin, String target) {
    SecurityEvents.log(
        type,
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        SecurityEvents.account(admin.login()),
        "target",
        SecurityEvents.account(target));
  }

  /**
   * Whether the two typings agree; both empty means no initial password (an invitation is sent).
   */
  private static boolean samePasswords(String password, String confirmation) {
    String typed = password == null ? "" : password;
    if (!typed.equals(confirmation == null ? "" : confirmation)) {
      Ui.errorKey("admin.users.passwordMismatch");
      return false;
    }
    return true;
  }

  private static char[] chars(String text) {
    return text == null || text.isEmpty() ? null : text.toCharArray();
  }

  /** The roles ticked; an unknown value is left out, so that the core says what is missing. */
  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        try {
          roles.add(Role.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
          // Not a role: the core refuses what is left.
        }
      }
    }
    return roles;
  }

  /** The login being managed, named by the page's {@code login} parameter. */
  public Administration.Login getSelectedLogin() {
    if (selectedLogin == null) {
      selectedLogin = selected.isEmpty() ? Optional.empty() : users.find(actor.require(), selected);
      selectedLogin
          .filter(l -> selectedRoles == null)
          .ifPresent(l -> selectedRoles = new ArrayList<>(l.roles().stream().map(Enum::name).toList()));
    }
    return selectedLogin.orElse(null);
  }

  /** The staff roles, in the order the pages show them. */
  public List<String> getStaffRoles() {
    return List.of(Role.AGENT.name(), Role.ADMIN.name());
  }

  /** The partners that have no login yet, by name. */
  public List<Partner> getPartnersWithoutLogin() {
    return getPartners().stream().filter(p -> p.login().isEmpty()).toList();
  }

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

  public String getNewLogin() {
    return newLogin;
  }

  public void setNewLogin(String newLogin) {
    this.newLogin = newLogin;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordConfirm() {
    return newPasswordConfirm;
  }

  public void setNewPasswordConfirm(String newPasswordConfirm) {
    this.newPasswordConfirm = newPasswordConfirm;
  }

  /** The login being managed, or null, so that an address never carries an empty one. */
  public String getSelected() {
    return selected.isEmpty() ? null : selected;
  }

  public void setSelected(String selected) {
    this.selected = selected == null ? "" : selected.strip();
  }

  public List<String> getSelectedRoles() {
    getSelectedLogin();
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public boolean isDisableConfirmed() {
    return disableConfirmed;
  }

  public void setDisableConfirmed(boolean disableConfirmed) {
    this.disableConfirmed = disableConfirmed;
  }

  public String getLoginPartner() {
    return loginPartner;
  }

  public void setLoginPartner(String loginPartner) {
    this.loginPartner = loginPartner;
  }

  public String getPartnerLogin() {
    return partnerLogin;
  }

  public void setPartnerLogin(String partnerLogin) {
    this.partnerLogin = partnerLogin;
  }

  public String getPartnerPassword() {
    return partnerPassword;
  }

  public void setPartnerPassword(String partnerPassword) {
    this.partnerPassword = partnerPassword;
  }

  public String getPartnerPasswordConfirm() {
    return partnerPasswordConfirm;
  }

  public void setPartnerPasswordConfirm(String partnerPasswordConfirm) {
    this.partnerPasswordConfirm = partnerPasswordConfirm;
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
