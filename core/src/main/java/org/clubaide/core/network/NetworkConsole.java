package org.clubaide.core.network;

import java.util.List;
import java.util.Objects;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.request.RequestId;

/**
 * What the central Service reads while working a request through the network (R-NET-1, R-NET-3):
 * the open calls with their recipients and answers, whether an introduction was already proposed to
 * a helper, and who a participant is. Only the Service reads any of it; the recipients see their
 * own calls through {@link NetworkService}. Whether an introduction was agreed stays between its two
 * parties.
 */
public final class NetworkConsole {

  private final CallForHelpRepository calls;
  private final IntroductionRepository introductions;
  private final MemberRepository members;
  private final PartnerRegistry partners;

  /** Wires the queries to their ports. */
  public NetworkConsole(
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      MemberRepository members,
      PartnerRegistry partners) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.introductions = Objects.requireNonNull(introductions, "introductions");
    this.members = Objects.requireNonNull(members, "members");
    this.partners = Objects.requireNonNull(partners, "partners");
  }

  /** The open calls about a request, oldest first, with every recipient and answer. */
  public List<CallForHelp> openCalls(Actor actor, RequestId requestId) {
    actor.requireService("see the calls for help of a request");
    return calls.openForRequest(Objects.requireNonNull(requestId, "requestId"));
  }

  /** Whether the Service already proposed to introduce this helper, who answered the call. */
  public boolean introductionProposed(Actor actor, CallId callId, Participant helper) {
    actor.requireService("see the introductions proposed");
    return introductions.findByCallAndHelper(callId, helper).isPresent();
  }

  /**
   * Who a participant is, for the Service: a member's name (and organisation), a partner's name; the
   * identifier when neither is known.
   */
  public String nameOf(Actor actor, Participant participant) {
    actor.requireService("see who a participant is");
    if (participant instanceof Participant.OfMember member) {
      return members
          .findById(member.id())
          .map(NetworkConsole::name)
          .orElse(participant.toString());
    }
    Participant.OfPartner partner = (Participant.OfPartner) participant;
    return partners.find(partner.id()).map(Partner::name).orElse(participant.toString());
  }

  private static String name(Member member) {
    return member.identity().displayName()
        + member.identity().organisation().map(o -> " (" + o + ")").orElse("");
  }
}
