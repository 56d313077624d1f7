package org.clubaide.core.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.NotFoundException;

/**
 * Use cases of the member's privacy (R-MEM-4, R-MEM-5, R-PRV-2, R-PRV-3), one method per thing a
 * viewer, the member or the Service does. Each checks who may do it first: a member acts on their
 * own data only, the central Service on anyone's; nobody else acts at all. None of them needs the
 * current terms to be accepted, since privacy rights never wait (R-MEM-2).
 *
 * <p>Erasure replaces the member's identifying data with neutral values and keeps their requests
 * and the statistics, anonymised:
 *
 * <ul>
 *   <li>the member: see {@link Member#erase};
 *   <li>their requests: withdrawn first if still open (helpers are told), then their own text is
 *       erased (see {@link HelpRequest#eraseRequesterText}); the Service's questions, decisions,
 *       reasons and solutions stay, so agents must not copy identifying data into them;
 *   <li>their logins: removed through the {@link AccountClosure} port.
 * </ul>
 *
 * Callers run each method in a transaction; time comes from the injected clock.
 */
public final class PrivacyService {

  private final MemberRepository members;
  private final HelpRequestRepository requests;
  private final QuoteRepository quotes;
  private final AccountClosure accounts;
  private final EndParticipation endParticipation;
  private final ProfileVisibilityPolicy policy = new ProfileVisibilityPolicy();
  private final Clock clock;

  /** Wires the use cases to their ports, to ending a participation, and to the clock. */
  public PrivacyService(
      MemberRepository members,
      HelpRequestRepository requests,
      QuoteRepository quotes,
      AccountClosure accounts,
      EndParticipation endParticipation,
      Clock clock) {
    this.members = Objects.requireNonNull(members, "members");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.endParticipation = Objects.requireNonNull(endParticipation, "endParticipation");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Exactly what the viewer may see of a member's profile; see {@link ProfileVisibilityPolicy}. An
   * anonymous viewer sees nothing, and is not even told whether the member exists.
   *
   * @param viewer the logged-in actor, or empty for an anonymous visitor
   * @throws NotFoundException when a logged-in viewer names no member
   */
  public ProfileView viewProfile(Optional<Actor> viewer, MemberId memberId) {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(memberId, "memberId");
    if (viewer.isEmpty()) {
      return ProfileView.nothingOf(memberId);
    }
    return policy.viewOf(load(memberId), viewer);
  }

  /**
   * The member (or the Service on their behalf) changes who may see a group of fields (R-MEM-4);
   * the change is kept in the consent history with who made it and when (R-MEM-5).
   *
   * @return whether the visibility changed; choosing the current one changes nothing
   */
  public boolean changeVisibility(
      Actor actor, MemberId memberId, FieldGroup group, Visibility visibility) {
    authorise(actor, memberId, "change who sees this member's profile");
    Member member = load(memberId);
    boolean changed = member.changeVisibility(group, visibility, actor.login(), clock.instant());
    members.save(member);
    return changed;
  }

  /**
   * Every visibility choice the member made, oldest first, with who made it and when (R-MEM-5), for
   * the member or the Service.
   */
  public List<ConsentChange> consentHistory(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "see this member's consent history");
    return load(memberId).consentHistory();
  }

  /**
   * The member (or the Service on their behalf) corrects their identity, phone and address
   * (R-PRV-2); the e-mail address is the login and is not changed here.
   *
   * @return whether anything changed
   */
  public boolean correct(
      Actor actor, MemberId memberId, Identity identity, String phone, String postalAddress) {
    authorise(actor, memberId, "correct this member's details");
    Member member = load(memberId);
    boolean changed =
        member.correct(identity, phone, postalAddress, actor.login(), clock.instant());
    members.save(member);
    return changed;
  }

  /**
   * The member (or the Service on their behalf) sets, replaces or removes their photo (R-PRV-2). It
   * is shown to others only once the member opens {@link FieldGroup#PHOTO} to members.
   *
   * @param reference where the image is stored, or empty to remove the photo
   * @return whether the photo changed
   */
  public boolean changePhoto(Actor actor, MemberId memberId, Optional<String> reference) {
    authorise(actor, memberId, "change this member's photo");
    Member member = load(memberId);
    boolean changed = member.changePhoto(reference, actor.login(), clock.instant());
    members.save(member);
    return changed;
  }

  /**
   * Everything held on the member, for the member or the Service (R-PRV-2): see {@link
   * PersonalDataExport}.
   */
  public PersonalDataExport export(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "export this member's data");
    Member member = load(memberId);
    List<HelpRequest> raised = new ArrayList<>();
    List<Quote> received = new ArrayList<>();
    for (RequestSummary summary : requests.byRequester(memberId, Integer.MAX_VALUE)) {
      raised.add(loadRequest(summary.id()));
      received.addAll(quotes.byRequest(summary.id()));
    }
    return PersonalDataExport.of(member, raised, received, clock);
  }

  /**
   * Erases the member's identifying data at their request, or at the Service's (R-PRV-2): ends the
   * participation if it runs (withdrawing open requests and telling helpers, R-MEM-6), erases the
   * member and their own text in their requests, and removes their logins. The requests and
   * statistics stay, anonymised. Erasing an erased member changes nothing.
   *
   * @return what was done
   */
  public Erasure erase(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "erase this member's data");
    Member member = load(memberId);
    if (member.isErased()) {
      return new Erasure(memberId, false, List.of(), List.of());
    }
    List<RequestId> withdrawn =
        member.hasEnded()
            ? endParticipation.withdrawLeftOpenRequests(actor, memberId)
            : endParticipation.end(actor, memberId).withdrawnRequests();
    member = load(memberId);
    member.erase(actor.login(), clock.instant());
    members.save(member);
    String neutral = Member.erasedLogin(memberId);
    List<RequestId> anonymised = new ArrayList<>();
    for (RequestSummary summary : requests.byRequester(memberId, Integer.MAX_VALUE)) {
      HelpRequest request = loadRequest(summary.id());
      request.eraseRequesterText(neutral);
      requests.save(request);
      anonymised.add(request.id());
    }
    accounts.closeAccountsOf(memberId);
    return new Erasure(memberId, true, withdrawn, anonymised);
  }

  private static void authorise(Actor actor, MemberId memberId, String action) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(memberId, "memberId");
    if (!actor.is(memberId) && !actor.isService()) {
      throw new AccessDeniedException("Only the member or the central Service can " + action + ".");
    }
  }

  private Member load(MemberId id) {
    return members.findById(id).orElseThrow(() -> new NotFoundException("Member", id));
  }

  private HelpRequest loadRequest(RequestId id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Help request", id));
  }
}
