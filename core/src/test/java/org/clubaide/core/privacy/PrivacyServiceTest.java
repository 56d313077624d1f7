package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.privacy.PersonalDataExport.QuoteRecord;
import org.clubaide.core.privacy.PersonalDataExport.RequestRecord;
import org.clubaide.core.privacy.PersonalDataExport.TimelineEntry;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrivacyServiceTest {

  private static final String ADA = "ada@example.org";
  private static final String OWN_TEXT = "Ada Lovelace, ada@example.org";

  private final InMemoryClubAide club = InMemoryClubAide.withSeedTerms();
  private final PrivacyService privacy = club.privacy();
  private final Actor ada = club.registerMember(ADA);
  private final MemberId adas = ada.requireMember();
  private final Actor bob = club.registerMember("bob@example.org");

  @Nested
  class Viewing {

    @Test
    @DisplayName("R-MEM-4 an anonymous visitor sees nothing and learns nothing, even of no member")
    void anonymousSeesNothing() {
      privacy.changeVisibility(ada, adas, FieldGroup.IDENTITY, Visibility.MEMBERS);

      assertTrue(privacy.viewProfile(Optional.empty(), adas).isEmpty());
      assertTrue(privacy.viewProfile(Optional.empty(), MemberId.newId()).isEmpty());
    }

    @Test
    @DisplayName("R-MEM-4 a logged-in member sees what another member opened to members")
    void memberSeesOpenedGroups() {
      privacy.changeVisibility(ada, adas, FieldGroup.IDENTITY, Visibility.MEMBERS);

      ProfileView view = privacy.viewProfile(Optional.of(bob), adas);

      assertEquals(Optional.of("Ada Lovelace"), view.identity().map(i -> i.displayName()));
      assertEquals(Optional.empty(), view.contact());
    }

    @Test
    @DisplayName("R-PRV-3 a logged-in viewer naming no member is told it does not exist")
    void unknownMemberIsNotFound() {
      MemberId nobody = MemberId.newId();

      assertThrows(NotFoundException.class, () -> privacy.viewProfile(Optional.of(bob), nobody));
    }
  }

  @Nested
  class Choices {

    @Test
    @DisplayName("R-MEM-5 the member changes a choice and the change is kept with who and when")
    void memberChangesAChoice() {
      assertTrue(privacy.changeVisibility(ada, adas, FieldGroup.PHOTO, Visibility.MEMBERS));

      List<ConsentChange> history = club.member(ada).consentHistory();
      assertEquals(
          new ConsentChange(FieldGroup.PHOTO, Visibility.MEMBERS, club.clock().instant(), ADA),
          history.get(history.size() - 1));
    }

    @Test
    @DisplayName("R-MEM-5 the member reads their own consent history, oldest first")
    void memberReadsTheirConsentHistory() {
      privacy.changeVisibility(ada, adas, FieldGroup.SKILLS, Visibility.MEMBERS);
      privacy.changeVisibility(Actors.agent(), adas, FieldGroup.SKILLS, Visibility.SERVICE_ONLY);

      List<ConsentChange> history = privacy.consentHistory(ada, adas);

      assertEquals(club.member(ada).consentHistory(), history);
      assertEquals(FieldGroup.values().length + 2, history.size());
      assertEquals(ADA, history.get(history.size() - 2).changedBy());
      assertEquals(Actors.agent().login(), history.get(history.size() - 1).changedBy());
      assertEquals(history, privacy.consentHistory(Actors.agent(), adas));
    }

    @Test
    @DisplayName("R-PRV-3 nobody but the member and the Service reads a member's consent history")
    void othersDoNotReadTheConsentHistory() {
      for (Actor other : List.of(bob, Actors.partner())) {
        assertThrows(AccessDeniedException.class, () -> privacy.consentHistory(other, adas));
      }
    }

    @Test
    @DisplayName("R-MEM-5 choosing the current visibility again adds nothing to the history")
    void sameChoiceAddsNothing() {
      int before = club.member(ada).consentHistory().size();

      assertFalse(privacy.changeVisibility(ada, adas, FieldGroup.PHOTO, Visibility.SERVICE_ONLY));

      assertEquals(before, club.member(ada).consentHistory().size());
    }

    @Test
    @DisplayName("R-MEM-5 the Service changes a choice on the member's behalf under its own login")
    void serviceChangesOnBehalf() {
      privacy.changeVisibility(Actors.agent(), adas, FieldGroup.SKILLS, Visibility.MEMBERS);

      List<ConsentChange> history = club.member(ada).consentHistory();
      assertEquals(Actors.agent().login(), history.get(history.size() - 1).changedBy());
    }

    @Test
    @DisplayName(
        "R-PRV-3 no one but the member and the Service changes a member's choices or photo")
    void othersAreRefused() {
      for (Actor other : List.of(bob, Actors.partner())) {
        assertThrows(
            AccessDeniedException.class,
            () -> privacy.changeVisibility(other, adas, FieldGroup.IDENTITY, Visibility.MEMBERS));
        assertThrows(
            AccessDeniedException.class,
            () -> privacy.changePhoto(other, adas, Optional.of("photos/x.jpg")));
      }
      assertEquals(Visibility.SERVICE_ONLY, club.member(ada).visibilityOf(FieldGroup.IDENTITY));
    }

    @Test
    @DisplayName("R-MEM-5 privacy choices can be changed before accepting a new terms version")
    void choicesNeedNoCurrentTerms() {
      TermsVersion v4 = new TermsVersion("V4/2025", LocalDate.of(2025, 4, 1));
      InMemoryClubAide later =
          InMemoryClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4));
      Actor carol = later.registerMember("carol@example.org");
      later.clock().setTo(MutableClock.atNoon(v4.validFrom()).instant());

      assertTrue(
          later
              .privacy()
              .changeVisibility(
                  carol, carol.requireMember(), FieldGroup.CONTACT_DETAILS, Visibility.MEMBERS));
    }

    @Test
    @DisplayName("R-PRV-2 the member sets a photo, shown to other members once they consent")
    void photoIsShownWithConsent() {
      assertTrue(privacy.changePhoto(ada, adas, Optional.of("photos/ada.jpg")));
      assertEquals(Optional.empty(), privacy.viewProfile(Optional.of(bob), adas).photoRef());

      privacy.changeVisibility(ada, adas, FieldGroup.PHOTO, Visibility.MEMBERS);

      assertEquals(
          Optional.of("photos/ada.jpg"), privacy.viewProfile(Optional.of(bob), adas).photoRef());
    }
  }

  @Nested
  class Export {

    @Test
    @DisplayName(
        "R-PRV-2 the export holds the member's identity, contact, profile and participation")
    void exportHoldsTheMember() {
      club.participation()
          .describe(ada, adas, new Profile(List.of("Tax law"), List.of(), List.of(), true));
      privacy.changePhoto(ada, adas, Optional.of("photos/ada.jpg"));

      PersonalDataExport export = privacy.export(ada, adas);

      Member member = club.member(ada);
      assertEquals(adas, export.member());
      assertEquals(member.identity(), export.identity());
      assertEquals(member.contact(), export.contact());
      assertEquals(member.registeredAt(), export.registeredAt());
      assertEquals(member.profile(), export.profile());
      assertEquals(Optional.of("photos/ada.jpg"), export.photoRef());
      assertEquals(ParticipationStatus.ACTIVE, export.participationStatus());
      assertEquals(member.participationEndsOn(), export.participationEndsOn());
      assertEquals(Optional.empty(), export.participationEndedAt());
      assertFalse(export.erased());
      assertEquals(club.clock().instant(), export.exportedAt());
    }

    @Test
    @DisplayName("R-PRV-2 the export holds the acceptances, the consent history and the offers")
    void exportHoldsTheChoices() {
      privacy.changeVisibility(ada, adas, FieldGroup.SKILLS, Visibility.MEMBERS);
      club.participation()
          .describe(ada, adas, new Profile(List.of("Tax law"), List.of(), List.of(), true));

      PersonalDataExport export = privacy.export(ada, adas);

      Member member = club.member(ada);
      assertEquals(member.acceptances(), export.termsAcceptances());
      assertEquals(member.consentHistory(), export.consentHistory());
      assertEquals(member.visibility(), export.visibility());
      assertEquals(member.networkOfferHistory(), export.networkOfferHistory());
      assertEquals(Channel.WEB, export.termsAcceptances().get(0).channel());
    }

    @Test
    @DisplayName("R-PRV-2 the export holds every request the member raised, with its timeline")
    void exportHoldsTheRequests() {
      List<RequestId> ids = Activity.finished(club, ada, OWN_TEXT);

      PersonalDataExport export = privacy.export(ada, adas);

      assertEquals(
          Set.copyOf(ids), Set.copyOf(export.requests().stream().map(r -> r.id()).toList()));
      RequestRecord closed =
          export.requests().stream()
              .filter(r -> r.id().equals(ids.get(0)))
              .findFirst()
              .orElseThrow();
      HelpRequest stored = club.requests().findById(ids.get(0)).orElseThrow();
      assertEquals(stored.title(), closed.title());
      assertEquals(stored.description(), closed.description());
      assertEquals(RequestStatus.CLOSED, closed.status());
      assertEquals(Optional.of(Satisfaction.PARTLY_SOLVED), closed.satisfaction());
      assertEquals(stored.timeline().size(), closed.timeline().size());
      assertEquals(1, closed.solutions().size());
      assertEquals(stored.solutionDeadline().map(d -> d.dueOn()), closed.solutionDueOn());
    }

    @Test
    @DisplayName(
        "R-REQ-10 each exported timeline entry keeps its type, time, author side and values")
    void timelineEntriesKeepTheirValues() {
      RequestId id = Activity.closedWithEveryEvent(club, ada, OWN_TEXT);
      Activity.declined(club, ada, OWN_TEXT);
      Activity.withdrawn(club, ada, OWN_TEXT);

      List<TimelineEntry> timeline =
          privacy.export(ada, adas).requests().stream()
              .flatMap(r -> r.timeline().stream())
              .toList();

      assertEquals(
          Set.of(
              "Submitted",
              "QuestionAsked",
              "QuestionAnswered",
              "DecisionDateAgreed",
              "DeadlineMoved",
              "Accepted",
              "SolutionProposed",
              "Postponed",
              "Resumed",
              "Closed",
              "Declined",
              "Withdrawn"),
          Set.copyOf(timeline.stream().map(TimelineEntry::type).toList()));
      TimelineEntry moved = only(timeline, "DeadlineMoved");
      assertEquals(Optional.of("The expert is ill."), moved.text());
      assertEquals(Optional.of("DECISION"), moved.code());
      assertEquals(moved.previousDate().map(d -> d.plusDays(1)), moved.date());
      assertTrue(moved.byService());
      TimelineEntry answered = only(timeline, "QuestionAnswered");
      assertFalse(answered.byService());
      assertEquals(Optional.of("Twelve months. " + OWN_TEXT), answered.text());
      assertEquals(Optional.of("SOLVED_ELSEWHERE"), only(timeline, "Withdrawn").code());
      assertEquals(Optional.of("PARTLY_SOLVED"), only(timeline, "Closed").code());
      assertEquals(Optional.empty(), only(timeline, "Resumed").text());
      assertEquals(
          club.requests().findById(id).orElseThrow().submittedAt(), timeline.get(0).occurredAt());
    }

    @Test
    @DisplayName(
        "R-PRV-2 the export holds the quotes made on the member's requests, provider by kind")
    void exportHoldsTheQuotesReceived() {
      RequestId id = Activity.closedWithEveryEvent(club, ada, OWN_TEXT);

      List<QuoteRecord> quotes = privacy.export(ada, adas).quotesReceived();

      assertEquals(1, quotes.size());
      QuoteRecord quote = quotes.get(0);
      assertEquals(id, quote.request());
      assertEquals(ProviderKind.SERVICE, quote.providerKind());
      assertEquals(QuoteStatus.ACCEPTED, quote.status());
      assertTrue(quote.acceptedAt().isPresent());
      assertEquals("600.00", quote.memberPrice().amount().toPlainString());
    }

    @Test
    @DisplayName("R-PRV-2 the export names no agent: only whether the Service or the member acted")
    void exportNamesNoAgent() {
      Activity.finished(club, ada, OWN_TEXT);

      String exported = privacy.export(ada, adas).toString();

      assertFalse(exported.contains(Actors.agent().login()));
    }

    @Test
    @DisplayName("R-PRV-2 the Service exports a member's data; no other member or partner can")
    void whoMayExport() {
      assertEquals(adas, privacy.export(Actors.agent(), adas).member());
      assertThrows(AccessDeniedException.class, () -> privacy.export(bob, adas));
      assertThrows(AccessDeniedException.class, () -> privacy.export(Actors.partner(), adas));
    }
  }

  @Nested
  class Erasing {

    @Test
    @DisplayName("R-PRV-2 erasure replaces the member's identity and contact with neutral values")
    void memberBecomesNeutral() {
      Erasure erasure = privacy.erase(ada, adas);

      Member member = club.members().findById(adas).orElseThrow();
      assertTrue(erasure.erasedNow());
      assertTrue(member.isErased());
      assertEquals("Membre effacé", member.identity().displayName());
      assertEquals(Member.erasedLogin(adas), member.contact().email());
      assertEquals(Optional.empty(), club.members().findByEmail(ADA));
    }

    @Test
    @DisplayName("R-PRV-2 erasure removes the member's login, which is their e-mail address")
    void loginIsRemoved() {
      privacy.erase(ada, adas);

      assertEquals(Optional.empty(), club.accounts().findByLogin(ADA));
      assertTrue(club.accounts().findByLogin("bob@example.org").isPresent());
    }

    @Test
    @DisplayName("R-PRV-2 requests stay for the statistics, without the member's own text")
    void requestsStayAnonymised() {
      List<RequestId> ids = Activity.finished(club, ada, OWN_TEXT);

      Erasure erasure = privacy.erase(ada, adas);

      assertEquals(Set.copyOf(ids), Set.copyOf(erasure.anonymisedRequests()));
      for (RequestId id : ids) {
        HelpRequest request = club.requests().findById(id).orElseThrow();
        assertEquals(adas, request.requester());
        assertEquals(HelpRequest.ERASED_TITLE, request.title());
        assertEquals(HelpRequest.ERASED_DESCRIPTION, request.description());
        assertFalse(request.timeline().toString().contains("Lovelace"), id.toString());
        assertFalse(request.timeline().toString().contains(ADA), id.toString());
      }
      assertEquals(
          List.of(HelpRequest.ERASED_TITLE),
          club.requests().byRequester(adas, 10).stream()
              .map(RequestSummary::title)
              .distinct()
              .toList());
    }

    @Test
    @DisplayName(
        "R-PRV-2 erasure ends the participation: open requests are withdrawn, helpers told")
    void erasureEndsTheParticipation() {
      RequestId open = club.submitFor(ada);

      Erasure erasure = privacy.erase(ada, adas);

      assertEquals(List.of(open), erasure.withdrawnRequests());
      assertEquals(List.of(open), club.helpers().stopped());
      assertEquals(RequestStatus.WITHDRAWN, club.requests().findById(open).orElseThrow().status());
      assertTrue(club.members().findById(adas).orElseThrow().hasEnded());
    }

    @Test
    @DisplayName(
        "R-PRV-2 a member who already left is erased too, with requests left open withdrawn")
    void endedMemberIsErased() {
      club.endParticipation().end(ada, adas);
      RequestId late =
          club.helpRequests()
              .submit(
                  Actors.agent(),
                  HelpRequests.aSubmission(club.clock().today())
                      .onBehalfOf(adas, Channel.EMAIL)
                      .build());

      Erasure erasure = privacy.erase(Actors.agent(), adas);

      assertEquals(List.of(late), erasure.withdrawnRequests());
      assertEquals(List.of(late), erasure.anonymisedRequests());
      assertTrue(club.members().findById(adas).orElseThrow().isErased());
    }

    @Test
    @DisplayName("R-PRV-2 erasing an erased member changes nothing")
    void erasingTwiceChangesNothing() {
      privacy.erase(ada, adas);
      long version = club.members().findById(adas).orElseThrow().version();

      Erasure again = privacy.erase(Actors.agent(), adas);

      assertFalse(again.erasedNow());
      assertEquals(List.of(), again.anonymisedRequests());
      assertEquals(version, club.members().findById(adas).orElseThrow().version());
    }

    @Test
    @DisplayName("R-PRV-2 after erasure the export shows only neutral values")
    void exportAfterErasureIsNeutral() {
      Activity.finished(club, ada, OWN_TEXT);
      privacy.erase(ada, adas);

      PersonalDataExport export = privacy.export(Actors.agent(), adas);

      assertTrue(export.erased());
      assertEquals(ParticipationStatus.ENDED, export.participationStatus());
      assertFalse(export.toString().contains("Lovelace"));
      assertFalse(export.toString().contains(ADA));
    }

    @Test
    @DisplayName("R-PRV-3 no other member or partner can erase a member")
    void othersCannotErase() {
      assertThrows(AccessDeniedException.class, () -> privacy.erase(bob, adas));
      assertThrows(AccessDeniedException.class, () -> privacy.erase(Actors.partner(), adas));
      assertFalse(club.member(ada).isErased());
    }
  }

  private static TimelineEntry only(List<TimelineEntry> timeline, String type) {
    List<TimelineEntry> found = timeline.stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, found.size(), type);
    return found.get(0);
  }
}
