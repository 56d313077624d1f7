package org.clubaide.core.administration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.shared.ConflictException;

/**
 * The administrators' lists: the logins with their roles (R-PRV-3), and the partners of the
 * network, which they record and stop calling on (R-NET-1). Password hashes never leave this
 * class; logins are created and changed through {@link UserAdministration}.
 */
public final class Administration {

  /** The most lines of a list page. */
  public static final int MAX_PAGE = 100;

  private final AccountListing accounts;
  private final PartnerRegistry partners;

  /** Wires the use cases to their ports. */
  public Administration(AccountListing accounts, PartnerRegistry partners) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.partners = Objects.requireNonNull(partners, "partners");
  }

  /**
   * A page of logins with their roles, in alphabetical order, without their password hashes.
   *
   * @param after the last login of the previous page, if any
   */
  public List<Login> logins(Actor actor, Optional<String> after, int limit) {
    TermsPublication.requireAdministrator(actor, "list the logins");
    return accounts.page(after, Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /** Every partner, by name. */
  public List<Partner> partners(Actor actor) {
    TermsPublication.requireAdministrator(actor, "list the partners");
    return partners.all();
  }

  /**
   * Records a new partner, called on from now on.
   *
   * @return its identifier
   * @throws ConflictException when a partner already has this name
   */
  public PartnerId addPartner(
      Actor actor, String name, ContactDetails contact, List<String> skills) {
    TermsPublication.requireAdministrator(actor, "record a partner");
    Partner partner =
        new Partner(PartnerId.newId(), name, Optional.empty(), contact, skills, true);
    if (partners.all().stream().anyMatch(p -> p.name().equalsIgnoreCase(partner.name()))) {
      throw new ConflictException("R-NET-1", "A partner with this name is already recorded.");
    }
    partners.add(partner);
    return partner.id();
  }

  /** Says whether the Service still calls on the partner. */
  public void setPartnerActive(Actor actor, PartnerId id, boolean active) {
    TermsPublication.requireAdministrator(actor, "change a partner");
    partners.setActive(id, active);
  }

  /**
   * A login as the administrators see it.
   *
   * @param login the login name
   * @param roles its roles
   * @param member whether it is a member's login
   * @param createdAt when it was created
   * @param disabledAt when an administrator disabled it; empty while it is enabled
   */
  public record Login(
      String login,
      Set<Role> roles,
      boolean member,
      Instant createdAt,
      Optional<Instant> disabledAt) {

    /** Checks and copies the arguments. */
    public Login {
      Objects.requireNonNull(login, "login");
      roles = Set.copyOf(roles);
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(disabledAt, "disabledAt");
    }

    /** The login of an account, without its password hash. */
    public static Login of(Account account) {
      return new Login(
          account.login(),
          account.roles(),
          account.member().isPresent(),
          account.createdAt(),
          account.disabledAt());
    }

    /** Whether the login may log in. */
    public boolean enabled() {
      return disabledAt.isEmpty();
    }

    /** Whether its roles are changed on the administrators' pages: a staff login's are. */
    public boolean staff() {
      return !roles.contains(Role.MEMBER) && !roles.contains(Role.PARTNER);
    }
  }
}
