package org.clubaide.core.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.AnonymityPolicy;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.SkillMatcher;
import org.clubaide.core.notification.DeadlineChecks;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationDispatcher;
import org.clubaide.core.notification.NotificationKind;
import org.clubaide.core.notification.NotificationPolicy;
import org.clubaide.core.notification.NotificationRecorder;
import org.clubaide.core.notification.NotificationService;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RenderedNotification;
import org.clubaide.core.notification.RetrySchedule;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * Every use case that tells someone something, wired to in-memory adapters, one outbox and a
 * mutable clock, as the application wires them: the use cases publish their events to a {@link
 * NotificationRecorder}, the checks and the dispatcher work on the same outbox. One per test.
 */
public final class NotifyingClubAide {

  /** An agent of the Service. */
  public static final Actor AGENT = Actor.agent("agent@clubaide.example");

  /** An administrator, also an agent. */
  public static final Actor ADMIN =
      new Actor("admin", Optional.empty(), Set.of(Role.ADMIN, Role.AGENT));

  private static final byte[] LABEL_KEY = "a test key of thirty-two bytes!!".getBytes();

  private final MutableClock clock = MutableClock.atServiceStart();
  private final TermsCatalogue terms;
  private final InMemoryMemberRepository members = new InMemoryMemberRepository();
  private final InMemoryHelpRequestRepository requests = new InMemoryHelpRequestRepository();
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository();
  private final InMemoryCallRepository calls = new InMemoryCallRepository();
  private final InMemoryIntroductionRepository introductions = new InMemoryIntroductionRepository();
  private final InMemoryDirectory directory = new InMemoryDirectory();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryRecipients recipients = new InMemoryRecipients(members, directory);
  private final InMemoryCheckProgress progress = new InMemoryCheckProgress();
  private final RecordingMailTransport mail = new RecordingMailTransport();
  private final NetworkService network;
  private final HelpRequestService helpRequests;
  private final QuoteService quoteService;
  private final EndParticipation endParticipation;
  private final DeadlineChecks checks;
  private final NotificationService notifications;
  private final NotificationDispatcher dispatcher;

  private NotifyingClubAide(TermsCatalogue terms, RetrySchedule retry) {
    this.terms = terms;
    NotificationPolicy policy =
        new NotificationPolicy(requests, quotes, calls, introductions, directory, false, clock);
    // The network is built after the recorder, which reaches it only once a request stops.
    NetworkService[] networkRef = new NetworkService[1];
    NotificationRecorder recorder =
        new NotificationRecorder(policy, outbox, id -> networkRef[0].requestStopped(id));
    network =
        new NetworkService(
            requests,
            members,
            directory,
            calls,
            introductions,
            new AnonymityPolicy(LABEL_KEY),
            new SkillMatcher(),
            clock,
            recorder);
    networkRef[0] = network;
    helpRequests = new HelpRequestService(requests, members, terms, clock, recorder);
    quoteService =
        new QuoteService(
            quotes, id -> requests.findById(id).map(HelpRequest::requester), clock, recorder);
    endParticipation =
        new EndParticipation(members, requests, network::requestStopped, clock, recorder);
    checks =
        new DeadlineChecks(
            requests,
            quotes,
            terms,
            new InMemoryCandidates(quotes, members),
            progress,
            policy,
            outbox,
            clock,
            DeadlineChecks.Notice.DEFAULT);
    notifications = new NotificationService(outbox, outbox, recipients, directory, clock);
    dispatcher =
        new NotificationDispatcher(
            outbox,
            recipients,
            (n, language) ->
                new RenderedNotification(
                    language.tag() + ":" + n.kind(), String.valueOf(n.params())),
            mail,
            retry,
            Duration.ofMinutes(2),
            clock);
  }

  /** With the seed terms and the default retry schedule. */
  public static NotifyingClubAide create() {
    return new NotifyingClubAide(FixedTermsCatalogue.seed(), RetrySchedule.DEFAULT);
  }

  /** With these terms published. */
  public static NotifyingClubAide withTerms(TermsCatalogue terms) {
    return new NotifyingClubAide(terms, RetrySchedule.DEFAULT);
  }

  /**
   * A member registered today on the terms in force, offering "comptabilité" to the network, as an
   * actor.
   */
  public Actor member(String firstName, String lastName, String email) {
    Member member =
        Member.register(
            MemberId.newId(),
            new Identity(firstName, lastName, Optional.of(lastName + " Conseil SARL")),
            new ContactDetails(email, "+33 6 12 34 56 78", "12 rue des Lilas\n69003 Lyon"),
            terms.currentOn(clock.today()),
            Channel.WEB,
            Map.of(),
            Member.DEFAULT_PARTICIPATION_PERIOD,
            clock);
    members.save(member);
    directory.add(
        Candidate.of(Participant.member(member.id()), List.of("comptabilité"), true, true, true),
        member.contact());
    return Actor.member(email, member.id());
  }

  /** A partner of the network with a login, offering "comptabilité", as an actor. */
  public Actor partner(String login) {
    PartnerId id = PartnerId.newId();
    directory.add(
        Candidate.of(Participant.partner(id), List.of("comptabilité"), true, true, true),
        new ContactDetails(login, "04 72 00 00 00", "10 cours Lafayette, 69003 Lyon"));
    directory.addPartnerLogin(login, id);
    return new Actor(login, Optional.empty(), Set.of(Role.PARTNER));
  }

  /** The partner a login belongs to. */
  public PartnerId partnerId(Actor partner) {
    return directory.partnerFor(partner.login()).orElseThrow();
  }

  /** The member raises a request with the default fixture. */
  public RequestId submit(Actor member) {
    return helpRequests.submit(member, HelpRequests.aSubmission(clock.today()).build());
  }

  /** The notifications written for the recipient, oldest first. */
  public List<Notification> to(Recipient recipient) {
    return outbox.to(recipient);
  }

  /** The kinds of the notifications written for the recipient, oldest first. */
  public List<NotificationKind> kindsTo(Recipient recipient) {
    return to(recipient).stream().map(Notification::kind).toList();
  }

  /** The member actor as a recipient. */
  public static Recipient of(Actor member) {
    return Recipient.member(member.requireMember());
  }

  public MutableClock clock() {
    return clock;
  }

  public InMemoryMemberRepository members() {
    return members;
  }

  public InMemoryHelpRequestRepository requests() {
    return requests;
  }

  public InMemoryQuoteRepository quotes() {
    return quotes;
  }

  public InMemoryCallRepository calls() {
    return calls;
  }

  public InMemoryOutbox outbox() {
    return outbox;
  }

  public InMemoryRecipients recipients() {
    return recipients;
  }

  public RecordingMailTransport mail() {
    return mail;
  }

  public HelpRequestService helpRequests() {
    return helpRequests;
  }

  public QuoteService quoteService() {
    return quoteService;
  }

  public NetworkService network() {
    return network;
  }

  public EndParticipation endParticipation() {
    return endParticipation;
  }

  public DeadlineChecks checks() {
    return checks;
  }

  public NotificationService notifications() {
    return notifications;
  }

  public NotificationDispatcher dispatcher() {
    return dispatcher;
  }
}
