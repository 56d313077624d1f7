package org.clubaide.core.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdministrationTest {

  private static final TermsVersion V3 = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  private final MutableClock clock = MutableClock.atServiceStart();
  private final List<TermsVersion> versions = new ArrayList<>(List.of(V3));
  private final Map<String, String> texts = new HashMap<>();
  private final TermsCatalogue catalogue = () -> List.copyOf(versions);
  private final TermsPublisher publisher =
      new TermsPublisher() {
        @Override
        public void publish(TermsVersion version, String text) {
          versions.add(version);
          texts.put(version.label(), text);
        }

        @Override
        public Optional<String> textOf(String label) {
          return Optional.ofNullable(texts.get(label));
        }
      };
  private final TermsPublication publication = new TermsPublication(catalogue, publisher, clock);
  private final List<Account> accounts = new ArrayList<>();
  private final List<Partner> partners = new ArrayList<>();
  private final Administration administration =
      new Administration(
          (after, limit) ->
              accounts.stream()
                  .sorted(Comparator.comparing(Account::login))
                  .filter(a -> after.map(l -> a.login().compareTo(l) > 0).orElse(true))
                  .limit(limit)
                  .map(Administration.Login::of)
                  .toList(),
          new PartnerRegistry() {
            @Override
            public List<Partner> all() {
              return List.copyOf(partners);
            }

            @Override
            public Optional<Partner> find(PartnerId id) {
              return partners.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public void add(Partner partner) {
              partners.add(partner);
            }

            @Override
            public void setActive(PartnerId id, boolean active) {
              Partner p = find(id).orElseThrow(() -> new NotFoundException("Partner", id));
              partners.set(
                  partners.indexOf(p),
                  new Partner(p.id(), p.name(), p.login(), p.contact(), p.skills(), active));
            }

            @Override
            public void giveLogin(PartnerId id, String login) {
              Partner p = find(id).orElseThrow(() -> new NotFoundException("Partner", id));
              partners.set(
                  partners.indexOf(p),
                  new Partner(
                      p.id(), p.name(), Optional.of(login), p.contact(), p.skills(), p.active()));
            }
          });

  private final LocalDate today = LocalDate.now(clock);

  @Test
  @DisplayName("R-MEM-2 an administrator publishes a new terms version with its text")
  void publishesANewVersion() {
    TermsVersion v4 = publication.publish(Actors.admin(), "V4/2025", today, "Nouveau texte.");
    assertEquals(List.of(V3, v4), publication.history());
    assertEquals(Optional.of("Nouveau texte."), publication.textOf("V4/2025"));
  }

  @Test
  @DisplayName("R-PRV-3 only an administrator publishes terms; an agent cannot")
  void onlyAdministratorsPublish() {
    assertThrows(
        AccessDeniedException.class,
        () -> publication.publish(Actors.agent(), "V4/2025", today, "Texte."));
  }

  @Test
  @DisplayName(
      "R-MEM-2 a new version comes into force today or later, after the others, under a new label"
          + " and with a text")
  void refusesBadVersions() {
    Actor admin = Actors.admin();
    assertEquals(
        "validFrom",
        assertThrows(
                RuleViolationException.class,
                () -> publication.publish(admin, "V4", today.minusDays(1), "Texte."))
            .field());
    assertThrows(RuleViolationException.class, () -> publication.publish(admin, "V4", null, "T"));
    assertThrows(RuleViolationException.class, () -> publication.publish(admin, "V4", today, " "));
    assertThrows(ConflictException.class, () -> publication.publish(admin, "V3/2018", today, "T"));
    publication.publish(admin, "V5", today.plusDays(10), "Texte.");
    assertThrows(
        RuleViolationException.class, () -> publication.publish(admin, "V4", today.plusDays(5), "T"));
  }

  @Test
  @DisplayName("R-PRV-3 administrators list the logins with their roles, page by page")
  void listsLogins() {
    Instant at = clock.instant();
    accounts.add(new Account("b@example.org", "hash", Set.of(Role.MEMBER), Optional.of(MemberId.newId()), at));
    accounts.add(new Account("admin", "hash", Set.of(Role.ADMIN, Role.AGENT), Optional.empty(), at));
    accounts.add(new Account("c@example.org", "hash", Set.of(Role.MEMBER), Optional.of(MemberId.newId()), at));
    List<Administration.Login> first = administration.logins(Actors.admin(), Optional.empty(), 2);
    assertEquals(List.of("admin", "b@example.org"), first.stream().map(Administration.Login::login).toList());
    assertEquals(Set.of(Role.ADMIN, Role.AGENT), first.get(0).roles());
    assertFalse(first.get(0).member());
    assertTrue(first.get(1).member());
    assertEquals(
        List.of("c@example.org"),
        administration.logins(Actors.admin(), Optional.of("b@example.org"), 2).stream()
            .map(Administration.Login::login)
            .toList());
    assertThrows(
        AccessDeniedException.class,
        () -> administration.logins(Actors.agent(), Optional.empty(), 10));
  }

  @Test
  @DisplayName("R-NET-1 administrators record partners, once per name, and stop calling on them")
  void recordsPartners() {
    ContactDetails contact = new ContactDetails("cabinet@example.org", "04 72 00 00 00", "Lyon");
    PartnerId id =
        administration.addPartner(
            Actors.admin(), "Cabinet Conseil", contact, List.of("Droit social", "droit social"));
    Partner recorded = administration.partners(Actors.admin()).get(0);
    assertEquals(id, recorded.id());
    assertEquals(List.of("Droit social"), recorded.skills());
    assertTrue(recorded.active());
    assertThrows(
        ConflictException.class,
        () -> administration.addPartner(Actors.admin(), "cabinet conseil", contact, List.of()));
    administration.setPartnerActive(Actors.admin(), id, false);
    assertFalse(administration.partners(Actors.admin()).get(0).active());
    assertThrows(AccessDeniedException.class, () -> administration.partners(Actors.agent()));
    assertThrows(
        AccessDeniedException.class,
        () -> administration.addPartner(Actors.agent(), "X", contact, List.of()));
    assertThrows(
        AccessDeniedException.class,
        () -> administration.setPartnerActive(Actors.agent(), id, true));
  }
}
