package org.clubaide.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderTest {

  @Test
  @DisplayName("R-SOL-2 a partner provider needs a reference")
  void partnerNeedsAReference() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> Provider.partner(" "));

    assertEquals("provider", e.field());
  }

  @Test
  @DisplayName("R-SOL-2 a partner's reference is trimmed")
  void partnerReferenceIsTrimmed() {
    assertEquals(Optional.of("Cabinet Durand"), Provider.partner("  Cabinet Durand ").partner());
  }

  @Test
  @DisplayName("R-SOL-2 the Service as provider takes no member reference")
  void serviceTakesNoReference() {
    Optional<MemberId> someone = Optional.of(MemberId.newId());

    assertThrows(
        IllegalArgumentException.class,
        () -> new Provider(ProviderKind.SERVICE, someone, Optional.empty()));
  }
}
