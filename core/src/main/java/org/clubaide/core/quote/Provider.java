package org.clubaide.core.quote;

import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Who would carry out an accompaniment and bind themselves by contract with the member if the quote
 * is accepted (R-SOL-2, R-SOL-5). The Service needs no reference; a member is named by their {@link
 * MemberId}; a partner by the reference the Service knows it by (an identifier or a name).
 *
 * @param kind the kind of provider
 * @param member the member, for {@link ProviderKind#MEMBER} only
 * @param partner the partner's reference, for {@link ProviderKind#PARTNER} only
 */
public record Provider(ProviderKind kind, Optional<MemberId> member, Optional<String> partner) {

  /** The most characters of a partner's reference. */
  public static final int PARTNER_REFERENCE_MAX = 120;

  /** Checks that the reference matches the kind and trims a partner's reference. */
  public Provider {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(partner, "partner");
    switch (kind) {
      case SERVICE -> {
        if (member.isPresent() || partner.isPresent()) {
          throw new IllegalArgumentException("The Service as provider takes no reference");
        }
      }
      case MEMBER -> {
        if (member.isEmpty() || partner.isPresent()) {
          throw new IllegalArgumentException("A member provider is named by a member id only");
        }
      }
      case PARTNER -> {
        if (member.isPresent()) {
          throw new IllegalArgumentException("A partner provider takes no member id");
        }
        partner =
            Optional.of(
                RuleViolationException.requireText(
                    partner.orElse(null),
                    PARTNER_REFERENCE_MAX,
                    "R-SOL-2",
                    "provider",
                    "The partner's reference"));
      }
    }
  }

  /** The central Service as provider. */
  public static Provider service() {
    return new Provider(ProviderKind.SERVICE, Optional.empty(), Optional.empty());
  }

  /** A member as provider. */
  public static Provider member(MemberId member) {
    return new Provider(
        ProviderKind.MEMBER,
        Optional.of(Objects.requireNonNull(member, "member")),
        Optional.empty());
  }

  /** A partner of the network as provider, named by its identifier or name. */
  public static Provider partner(String reference) {
    return new Provider(ProviderKind.PARTNER, Optional.empty(), Optional.ofNullable(reference));
  }

  /** Whether this provider is the given member. */
  public boolean is(MemberId memberId) {
    return member.filter(memberId::equals).isPresent();
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SERVICE -> "SERVICE";
      case MEMBER -> "MEMBER " + member.orElseThrow();
      case PARTNER -> "PARTNER " + partner.orElseThrow();
    };
  }
}
