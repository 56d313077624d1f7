package org.clubaide.core.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.shared.AccessDeniedException;

/**
 * The introductions of the member or partner acting, on both sides (R-NET-3): as the member who
 * asked, those about their requests; as a helper, those about the calls they answered. Each comes as
 * the party may see it ({@link IntroductionView}): never who the other party is nor whether they
 * already agreed, and their contact details only once both agreed.
 */
public final class IntroductionInbox {

  /** The most requests or calls looked through for introductions. */
  public static final int SCAN_MAX = 100;

  private final HelpRequestRepository requests;
  private final CallForHelpRepository calls;
  private final IntroductionRepository introductions;
  private final NetworkDirectory directory;

  /** Wires the query to its ports. */
  public IntroductionInbox(
      HelpRequestRepository requests,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      NetworkDirectory directory) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.introductions = Objects.requireNonNull(introductions, "introductions");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Every introduction of the party acting, those awaiting their answer first, then newest first;
   * for the {@value #SCAN_MAX} latest requests and calls.
   *
   * @throws AccessDeniedException for an actor who is neither a member nor a partner
   */
  public List<Entry> of(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    List<Entry> entries = new ArrayList<>();
    Participant me;
    if (actor.member().isPresent()) {
      MemberId member = actor.member().get();
      me = Participant.member(member);
      for (RequestSummary summary : requests.byRequester(member, SCAN_MAX)) {
        for (Introduction introduction : introductions.forRequest(summary.id())) {
          entries.add(entry(introduction, me, Optional.of(summary.title()), Optional.empty()));
        }
      }
    } else if (actor.has(Role.PARTNER)) {
      me =
          directory
              .partnerFor(actor.login())
              .map(Participant::partner)
              .orElseThrow(() -> new AccessDeniedException("This login is no partner's."));
    } else {
      throw new AccessDeniedException("Only members and partners are introduced.");
    }
    for (CallForHelp call : calls.sentTo(me, SCAN_MAX)) {
      Optional<Introduction> introduction = introductions.findByCallAndHelper(call.id(), me);
      introduction.ifPresent(
          i -> entries.add(entry(i, me, Optional.empty(), Optional.of(call.view()))));
    }
    entries.sort(
        Comparator.comparing((Entry e) -> !e.awaitsMe())
            .thenComparing(Entry::proposedAt, Comparator.reverseOrder()));
    return List.copyOf(entries);
  }

  private Entry entry(
      Introduction introduction,
      Participant me,
      Optional<String> requestTitle,
      Optional<AnonymousRequestView> call) {
    return new Entry(
        introduction.viewFor(me),
        requestTitle,
        call,
        introduction.proposedAt(),
        introduction.contactOfOtherSide(me, directory));
  }

  /**
   * One introduction, as the party acting sees it.
   *
   * @param view the party's view: side, outcome, own consent
   * @param requestTitle for the member who asked: the title of their request
   * @param call for a helper: the anonymous view of the call they answered
   * @param proposedAt when the Service proposed it
   * @param otherSide the other party's contact details, once both agreed
   */
  public record Entry(
      IntroductionView view,
      Optional<String> requestTitle,
      Optional<AnonymousRequestView> call,
      Instant proposedAt,
      Optional<ContactDetails> otherSide) {

    /** Checks the arguments. */
    public Entry {
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(requestTitle, "requestTitle");
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(proposedAt, "proposedAt");
      Objects.requireNonNull(otherSide, "otherSide");
    }

    /** Whether the party has yet to agree or refuse. */
    public boolean awaitsMe() {
      return view.outcome() == IntroductionView.Outcome.AWAITING_YOUR_ANSWER;
    }
  }
}
