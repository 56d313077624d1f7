package org.clubaide.persistence.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Role;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.access.JpaAccountRepository;
import org.clubaide.persistence.network.JpaPartnerRegistry;
import org.clubaide.persistence.terms.JpaTermsCatalogue;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The administrators' adapters: terms versions with their text, logins by page, partners. */
abstract class AdministrationAdaptersContract extends DatabaseContract {

  private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

  AdministrationAdaptersContract(Database target) {
    super(target);
  }

  @Test
  @DisplayName("R-MEM-2 a published version is in the catalogue, its text kept; a label is used once")
  void publishesTermsVersions() {
    TermsVersion v4 = new TermsVersion("V4/2026", LocalDate.of(2026, 12, 1));
    String text = "Nouvelle version.\n\n" + "é".repeat(5_000);
    db.run(unit -> unit.adapter(JpaTermsPublisher.class).publish(v4, text));
    assertTrue(db.inTransaction(unit -> unit.adapter(JpaTermsCatalogue.class).all()).contains(v4));
    assertEquals(
        Optional.of(text), db.inTransaction(unit -> unit.adapter(JpaTermsPublisher.class).textOf("V4/2026")));
    assertEquals(
        Optional.empty(), db.inTransaction(unit -> unit.adapter(JpaTermsPublisher.class).textOf("V3/2018")));
    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaTermsPublisher.class).publish(v4, "Encore.")));
  }

  @Test
  @DisplayName("R-PRV-3 logins come a page at a time, in order, with their roles")
  void listsLoginsByPage() {
    db.run(
        unit -> {
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          accounts.add(new Account("b@example.org", "h", Set.of(Role.MEMBER), Optional.empty(), NOW));
          accounts.add(new Account("a-admin", "h", Set.of(Role.ADMIN, Role.AGENT), Optional.empty(), NOW));
          accounts.add(new Account("c@example.org", "h", Set.of(Role.PARTNER), Optional.empty(), NOW));
        });
    List<Administration.Login> first =
        db.inTransaction(unit -> unit.adapter(JpaAccountListing.class).page(Optional.empty(), 2));
    assertEquals(
        List.of("a-admin", "b@example.org"), first.stream().map(Administration.Login::login).toList());
    assertEquals(Set.of(Role.ADMIN, Role.AGENT), first.get(0).roles());
    assertFalse(first.get(0).member());
    assertEquals(NOW, first.get(1).createdAt());
    List<Administration.Login> next =
        db.inTransaction(
            unit -> unit.adapter(JpaAccountListing.class).page(Optional.of("b@example.org"), 2));
    assertEquals(List.of("c@example.org"), next.stream().map(Administration.Login::login).toList());
    assertEquals(Set.of(Role.PARTNER), next.get(0).roles());
  }

  @Test
  @DisplayName("R-NET-1 partners are recorded with their skills, by name, and stopped")
  void recordsPartners() {
    PartnerId id = PartnerId.newId();
    Partner partner =
        new Partner(
            id,
            "Cabinet Rhône Expertise",
            Optional.empty(),
            new ContactDetails("contact@rhone.example", "04 72 00 00 00", "Lyon"),
            List.of("Comptabilité", "Droit social"),
            true);
    db.run(unit -> unit.adapter(JpaPartnerRegistry.class).add(partner));
    Partner read =
        db.inTransaction(unit -> unit.adapter(JpaPartnerRegistry.class).find(id)).orElseThrow();
    assertEquals(partner.name(), read.name());
    assertEquals(Set.copyOf(partner.skills()), Set.copyOf(read.skills()));
    assertEquals(partner.contact(), read.contact());
    db.run(unit -> unit.adapter(JpaPartnerRegistry.class).setActive(id, false));
    assertFalse(
        db.inTransaction(unit -> unit.adapter(JpaPartnerRegistry.class).all()).get(0).active());
    assertThrows(
        NotFoundException.class,
        () -> db.run(unit -> unit.adapter(JpaPartnerRegistry.class).setActive(PartnerId.newId(), true)));
  }

  @Test
  @DisplayName("R-PRV-3 the list shows when an administrator disabled a login")
  void listsDisabledLogins() {
    db.run(
        unit -> {
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          accounts.add(new Account("agent@example.org", "h", Set.of(Role.AGENT), Optional.empty(), NOW));
          accounts.add(new Account("other@example.org", "h", Set.of(Role.AGENT), Optional.empty(), NOW));
        });
    Instant later = NOW.plusSeconds(3600);
    db.run(
        unit ->
            unit.adapter(JpaAccountRepository.class)
                .changeDisabledAt("agent@example.org", Optional.of(later)));
    List<Administration.Login> page =
        db.inTransaction(unit -> unit.adapter(JpaAccountListing.class).page(Optional.empty(), 10));
    assertEquals(Optional.of(later), page.get(0).disabledAt());
    assertFalse(page.get(0).enabled());
    assertEquals(Optional.empty(), page.get(1).disabledAt());
  }

  @Test
  @DisplayName("R-NET-1 a partner is given its login once; an unknown partner is not found")
  void givesAPartnerItsLogin() {
    PartnerId id = PartnerId.newId();
    db.run(
        unit -> {
          unit.adapter(JpaAccountRepository.class)
              .add(new Account("contact@rhone.example", "h", Set.of(Role.PARTNER), Optional.empty(), NOW));
          unit.adapter(JpaAccountRepository.class)
              .add(new Account("other@rhone.example", "h", Set.of(Role.PARTNER), Optional.empty(), NOW));
          unit.adapter(JpaPartnerRegistry.class)
              .add(
                  new Partner(
                      id,
                      "Cabinet Rhône Expertise",
                      Optional.empty(),
                      new ContactDetails("contact@rhone.example", "04 72 00 00 00", "Lyon"),
                      List.of("Comptabilité"),
                      true));
        });
    db.run(unit -> unit.adapter(JpaPartnerRegistry.class).giveLogin(id, "contact@rhone.example"));
    assertEquals(
        Optional.of("contact@rhone.example"),
        db.inTransaction(unit -> unit.adapter(JpaPartnerRegistry.class).find(id)).orElseThrow().login());
    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaPartnerRegistry.class).giveLogin(id, "other@rhone.example")));
    assertThrows(
        NotFoundException.class,
        () ->
            db.run(
                unit ->
                    unit.adapter(JpaPartnerRegistry.class)
                        .giveLogin(PartnerId.newId(), "other@rhone.example")));
  }
}
