package org.clubaide.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.Profile;
import org.clubaide.core.money.Money;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.SubmitHelpRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The base service is free (R-MEM-8): becoming a member, staying one and asking for help involve no
 * amount of money anywhere in their inputs, outputs or state. Money appears only where the terms
 * put it: on quotes for accompaniments (R-SOL-2) and as the zero price of a free solution
 * (R-SOL-1).
 */
class FreeServiceTest {

  /** Every type that public members of {@code type} take or give, generics included. */
  private static List<String> typesUsedBy(Class<?> type) {
    List<String> used = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        used.addAll(typesOf(method));
      }
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        used.add(component.getGenericType().getTypeName());
      }
    }
    return used;
  }

  @Test
  @DisplayName("R-MEM-8 registering, renewing, ending and the member record involve no money")
  void membershipInvolvesNoMoney() {
    List<String> used =
        Stream.of(
                Registration.class,
                RegistrationService.class,
                Member.class,
                Member.Snapshot.class,
                Profile.class,
                ParticipationService.class,
                EndParticipation.class)
            .flatMap(type -> typesUsedBy(type).stream())
            .toList();

    assertTrue(used.size() > 40, "the check sees the types it judges");
    assertEquals(List.of(), used.stream().filter(t -> t.contains(Money.class.getName())).toList());
  }

  @Test
  @DisplayName("R-MEM-8 raising a request involves no money; a price appears only on solutions")
  void raisingARequestInvolvesNoMoney() {
    List<String> submission = typesUsedBy(SubmitHelpRequest.class);
    List<String> priced =
        Stream.of(HelpRequest.class, HelpRequestService.class)
            .flatMap(type -> Stream.of(type.getDeclaredMethods()))
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> typesOf(m).stream().anyMatch(t -> t.contains(Money.class.getName())))
            .map(Method::getName)
            .distinct()
            .toList();

    assertTrue(submission.stream().noneMatch(t -> t.contains(Money.class.getName())));
    assertEquals(List.of("proposeSimpleSolution"), priced);
  }

  private static List<String> typesOf(Method method) {
    List<String> types = new ArrayList<>();
    types.add(method.getGenericReturnType().getTypeName());
    for (Type parameter : method.getGenericParameterTypes()) {
      types.add(parameter.getTypeName());
    }
    return types;
  }
}
