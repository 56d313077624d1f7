package org.clubaide.example;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.member.SkillSearch;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/**
 * Another Java program that embeds Club Aide's core with adapters of its own: a member registers,
 * raises a request, the Service accepts it and proposes a free solution, the member closes it.
 */
public final class HelpDeskExample {

  // --- Adapters: this program keeps everything in memory. -------------------------------------

  static final class Members implements MemberRepository {
    private final Map<MemberId, Member> byId = new HashMap<>();

    @Override
    public void save(Member member) {
      byId.put(member.id(), member);
    }

    @Override
    public Optional<Member> findById(MemberId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Member> findByEmail(String email) {
      return byId.values().stream().filter(m -> m.contact().email().equals(email)).findFirst();
    }

    @Override
    public List<MemberCard> searchBySkill(SkillKey skill, Optional<MemberId> after, int limit) {
      return SkillSearch.among(byId.values(), skill, after, limit);
    }
  }

  static final class Accounts implements AccountRepository {
    private final Map<String, Account> byLogin = new HashMap<>();

    @Override
    public void add(Account account) {
      byLogin.put(account.login(), account);
    }

    @Override
    public Optional<Account> findByLogin(String login) {
      return Optional.ofNullable(byLogin.get(login));
    }

    @Override
    public boolean anyWithRole(Role role) {
      return byLogin.values().stream().anyMatch(a -> a.roles().contains(role));
    }

    @Override
    public void changePasswordHash(String login, String passwordHash) {
      Account a = byLogin.get(login);
      byLogin.put(login, new Account(login, passwordHash, a.roles(), a.member(), a.createdAt()));
    }

    @Override
    public void changeRoles(String login, java.util.Set<Role> roles) {
      Account a = byLogin.get(login);
      byLogin.put(
          login,
          new Account(login, a.passwordHash(), roles, a.member(), a.createdAt(), a.disabledAt()));
    }

    @Override
    public void changeDisabledAt(String login, Optional<java.time.Instant> disabledAt) {
      Account a = byLogin.get(login);
      byLogin.put(
          login,
          new Account(login, a.passwordHash(), a.roles(), a.member(), a.createdAt(), disabledAt));
    }

    @Override
    public long countEnabledAdministrators() {
      return byLogin.values().stream().filter(Account::enabledAdministrator).count();
    }
  }

  static final class Requests implements HelpRequestRepository {
    private final Map<RequestId, HelpRequest.Snapshot> byId = new HashMap<>();

    @Override
    public void save(HelpRequest request) {
      byId.put(request.id(), request.snapshot());
    }

    @Override
    public Optional<HelpRequest> findById(RequestId id) {
      return Optional.ofNullable(byId.get(id)).map(HelpRequest::restore);
    }

    @Override
    public List<RequestSummary> openByNextDeadline(Optional<QueueCursor> after, int limit) {
      return byId.values().stream()
          .map(HelpRequest::restore)
          .filter(r -> r.status().isOpen())
          .map(RequestSummary::of)
          .sorted(Comparator.comparing((RequestSummary s) -> s.nextDeadline().orElseThrow()))
          .limit(limit)
          .toList();
    }

    @Override
    public List<RequestSummary> byRequester(
        MemberId requester, Optional<RequesterCursor> after, int limit) {
      List<RequestSummary> mine = new ArrayList<>();
      for (HelpRequest.Snapshot s : byId.values()) {
        RequestSummary summary = RequestSummary.of(HelpRequest.restore(s));
        if (s.requester().equals(requester) && after.map(c -> c.precedes(summary)).orElse(true)) {
          mine.add(summary);
        }
      }
      mine.sort(Comparator.comparing(RequestSummary::submittedAt).reversed());
      return mine.subList(0, Math.min(limit, mine.size()));
    }
  }

  // --- The program. ------------------------------------------------------------------------

  /** Runs the journey and returns the request's timeline, oldest event first. */
  public static List<String> run() {
    Clock clock = Clock.system(ZoneId.of("Europe/Paris"));
    TermsCatalogue terms = () -> List.of(new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16)));
    Members members = new Members();
    Accounts accounts = new Accounts();
    // This program hashes passwords elsewhere; the core only asks for a hash.
    RegistrationService registration =
        new RegistrationService(members, accounts, terms, password -> "external", clock);
    HelpRequestService requests = new HelpRequestService(new Requests(), members, terms, clock);

    MemberId alice =
        registration.register(
            new Registration(
                "Alice", "Martin", Optional.of("Atelier Martin"),
                "alice@example.org", "+33 6 12 34 56 78", "1 rue de la Paix, Paris",
                "a long enough password".toCharArray(), "V3/2018", true, Map.of(), Channel.WEB));
    Actor member = Actor.member("alice@example.org", alice);
    Actor agent = new Actor("agent@service", Optional.empty(), Set.of(Role.AGENT));

    RequestId id =
        requests.submit(
            member,
            SubmitHelpRequest.byMember(
                "Contrat de sous-traitance", "Je dois relire un contrat.",
                Set.of(KindOfHelp.INFORMATION),
                LocalDate.now(clock).plusDays(10)));
    requests.accept(
        agent, id, AcceptanceRoute.INTERNAL, Optional.of(LocalDate.now(clock).plusDays(5)));
    requests.proposeSimpleSolution(agent, id, "Modèle", "Le modèle X", Optional.empty());
    requests.close(member, id, Satisfaction.SOLVED, "Merci");

    return requests.view(member, id).timeline().stream()
        .map(RequestEvent::getClass)
        .map(Class::getSimpleName)
        .toList();
  }

  /** Prints the timeline. */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
