package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.Members;

/**
 * R-PRV-2 as a property: whoever the member is and whatever they did in the club, once erased no
 * identifying field of theirs is left in their stored record, in the export of their data, or in
 * any view of their requests, while the requests themselves stay. The check reads every text
 * reachable from those values, so a field added later is checked too.
 */
class ErasurePropertyTest {

  /** What a member does before being erased. */
  enum Step {
    CLOSED_WITH_EVERY_EVENT,
    DECLINED,
    WITHDRAWN,
    LEFT_OPEN,
    ACCEPTED_AND_OPEN,
    POSTPONED_AND_OPEN
  }

  /**
   * Who the member is. Every text starts with "zq", which no neutral text or fixture contains, so
   * that finding it means a leak.
   */
  record Person(
      String firstName,
      String lastName,
      String organisation,
      String emailUser,
      String emailDomain,
      String phoneDigits,
      String street,
      String skill) {

    String email() {
      return emailUser + "@" + emailDomain + ".org";
    }

    String phone() {
      return "+33 6 " + phoneDigits;
    }

    String address() {
      return "12 rue " + street + "\n69003 Lyon";
    }

    /** Free text the member types about themselves. */
    String ownText() {
      return firstName + " " + lastName + " " + email();
    }

    List<String> identifying() {
      return List.of(
          firstName,
          lastName,
          organisation,
          email(),
          emailUser,
          phone(),
          street,
          skill,
          "photos/" + firstName);
    }
  }

  @Provide
  Arbitrary<Person> persons() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(4)
            .ofMaxLength(9)
            .map(w -> "zq" + w);
    return Combinators.combine(
            word.map(ErasurePropertyTest::capitalised),
            word.map(ErasurePropertyTest::capitalised),
            word.map(w -> capitalised(w) + " SARL"),
            word,
            word,
            Arbitraries.strings().numeric().ofLength(8),
            word.map(ErasurePropertyTest::capitalised),
            word.map(w -> w + " consulting"))
        .as(Person::new);
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 120)
  @Label(
      "R-PRV-2 after erasure no identifying field is left in the member, the export or the"
          + " requests")
  void erasureLeavesNoIdentifyingField(
      @ForAll("persons") Person person,
      @ForAll("histories") List<Step> history,
      @ForAll boolean erasedByTheService) {
    InMemoryClubAide club = InMemoryClubAide.withSeedTerms();
    MemberId id =
        club.registration()
            .register(
                Members.aRegistration()
                    .firstName(person.firstName())
                    .lastName(person.lastName())
                    .organisation(person.organisation())
                    .email(person.email())
                    .phone(person.phone())
                    .postalAddress(person.address())
                    .visibility(FieldGroup.IDENTITY, Visibility.MEMBERS)
                    .build());
    Actor member = Actor.member(person.email(), id);
    club.participation()
        .describe(member, id, new Profile(List.of(person.skill()), List.of(), List.of(), true));
    club.privacy().changePhoto(member, id, Optional.of("photos/" + person.firstName()));
    club.privacy().changeVisibility(member, id, FieldGroup.PHOTO, Visibility.MEMBERS);
    List<RequestId> requests = new ArrayList<>();
    for (Step step : history) {
      requests.add(act(club, member, step, person.ownText()));
    }
    Statistics.collect(history.size());

    club.privacy().erase(erasedByTheService ? Actors.agent() : member, id);

    List<String> texts = new ArrayList<>();
    collect(club.members().findById(id).orElseThrow().snapshot(), texts);
    collect(club.privacy().export(Actors.agent(), id), texts);
    collect(club.requests().byRequester(id, 100), texts);
    for (RequestId request : requests) {
      collect(club.requests().findById(request).orElseThrow().snapshot(), texts);
    }
    collect(club.privacy().viewProfile(Optional.of(Actors.agent()), id), texts);
    for (String identifying : person.identifying()) {
      String wanted = identifying.toLowerCase(Locale.ROOT);
      assertTrue(
          texts.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted)),
          () -> "\"" + identifying + "\" is left after erasure");
    }
    assertEquals(requests.size(), club.requests().byRequester(id, 100).size());
    assertEquals(Optional.empty(), club.accounts().findByLogin(person.email()));
  }

  private static RequestId act(InMemoryClubAide club, Actor member, Step step, String ownText) {
    return switch (step) {
      case CLOSED_WITH_EVERY_EVENT -> Activity.closedWithEveryEvent(club, member, ownText);
      case DECLINED -> Activity.declined(club, member, ownText);
      case WITHDRAWN -> Activity.withdrawn(club, member, ownText);
      case LEFT_OPEN -> Activity.raised(club, member, ownText);
      case ACCEPTED_AND_OPEN -> {
        RequestId id = Activity.raised(club, member, ownText);
        club.helpRequests().answerQuestion(member, askFirst(club, id), ownText);
        club.helpRequests().accept(Actors.agent(), id, AcceptanceRoute.NETWORK, Optional.empty());
        yield id;
      }
      case POSTPONED_AND_OPEN -> {
        RequestId id = Activity.raised(club, member, ownText);
        club.helpRequests().postpone(member, id, club.clock().today().plusDays(9), ownText);
        yield id;
      }
    };
  }

  private static RequestId askFirst(InMemoryClubAide club, RequestId id) {
    club.helpRequests().askQuestion(Actors.agent(), id, Activity.QUESTION);
    return id;
  }

  /** Every text reachable from {@code value}: strings, and the text form of any other leaf. */
  private static void collect(Object value, List<String> texts) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      texts.add(s);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, texts));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> collect(v, texts));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            collect(k, texts);
            collect(v, texts);
          });
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          collect(component.getAccessor().invoke(value), texts);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else {
      texts.add(value.toString());
    }
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
