package org.clubaide.bench.generate;

import static org.clubaide.bench.generate.FrenchData.pick;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.DeadlineKind;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;

/**
 * Generates the rows of a realistic dataset and hands them to a {@link Sink}, chunk by chunk.
 *
 * <p>Every member and every request draws from a random generator of its own, seeded from the
 * dataset's seed and its index: the same seed and reference day give the same rows, whatever the
 * chunk size or the database. The Service's agents and the network's partners come first, then
 * members (with their terms acceptance, consent history, profile, network offer history, login and
 * role), then requests (with their kinds, timeline and solutions, and for accepted ones sometimes
 * quotes and a call for help to the network with its recipients, answers and events), each
 * consistent with the domain's rules: a request's state is what its timeline leads to, its next
 * deadline is the one {@link HelpRequest#nextDeadline()} would give, a member who ended their
 * participation has no open request, an erased member keeps neutral values, a member's price is
 * below the usual one, a requester never receives a call about their own request. Introductions
 * are not generated.
 */
final class Dataset {

  /** The Service's time zone: office hours and calendar days. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The terms every generated member accepted. */
  static final String TERMS = "V3/2018";

  private static final LocalDate TERMS_FROM = LocalDate.of(2018, 9, 16);

  /** The Service's agents: their logins act on requests. */
  static final String[] AGENTS = {
    "sophie.mercier@clubaide.fr", "julien.faure@clubaide.fr", "nadia.benali@clubaide.fr",
    "thomas.girard@clubaide.fr", "claire.lemoine@clubaide.fr", "yann.le-goff@clubaide.fr",
    "isabelle.roux@clubaide.fr", "marc.dupuis@clubaide.fr"
  };

  private static final List<String> SKILLS = FrenchData.skillVocabulary();

  private final long seed;
  private final LocalDate today;
  private final Instant now;
  private final Instant start;
  private final String passwordHash;
  private final int memberCount;

  // What requests need to know of their requester.
  private final String[] memberIds;
  private final String[] emails;
  private final long[] registeredAt;
  private final long[] endedAt;
  private final boolean[] erased;

  private final Sink sink;
  private final Sink.Table member;
  private final Sink.Table termsAcceptance;
  private final Sink.Table consentChange;
  private final Sink.Table profileEntry;
  private final Sink.Table offerChange;
  private final Sink.Table account;
  private final Sink.Table accountRole;
  private final Sink.Table request;
  private final Sink.Table requestKind;
  private final Sink.Table event;
  private final Sink.Table solution;
  private final Sink.Table partner;
  private final Sink.Table partnerSkill;
  private final Sink.Table quote;
  private final Sink.Table quoteEvent;
  private final Sink.Table call;
  private final Sink.Table callKind;
  private final Sink.Table callSkill;
  private final Sink.Table callRecipient;
  private final Sink.Table callAnswer;
  private final Sink.Table callEvent;
  private final Sink.Table callEventParticipant;

  // The partners of the network, for quotes and calls.
  private final String[] partnerIds;
  private final String[] partnerNames;
  private final String[] partnerLogins;

  Dataset(Sink sink, long seed, LocalDate today, int members, String passwordHash) {
    this.sink = sink;
    this.seed = seed;
    this.today = today;
    this.now = today.atTime(18, 0).atZone(PARIS).toInstant();
    LocalDate first = today.minusYears(8);
    this.start = (first.isBefore(TERMS_FROM) ? TERMS_FROM : first).atStartOfDay(PARIS).toInstant();
    this.passwordHash = passwordHash;
    this.memberCount = members;
    this.memberIds = new String[members];
    this.emails = new String[members];
    this.registeredAt = new long[members];
    this.endedAt = new long[members];
    this.erased = new boolean[members];
    int partners = Math.max(5, members / 250);
    this.partnerIds = new String[partners];
    this.partnerNames = new String[partners];
    this.partnerLogins = new String[partners];
    member =
        sink.table(
            "member", "id", "version", "first_name", "last_name", "organisation", "email", "phone",
            "postal_address", "registered_at", "vis_identity", "vis_contact", "vis_skills",
            "vis_photo", "status", "participation_ends_on", "ended_at", "erased", "photo_ref",
            "skills_offered");
    termsAcceptance =
        sink.table("terms_acceptance", "member_id", "terms_label", "accepted_at", "channel");
    consentChange =
        sink.table(
            "consent_change", "member_id", "seq", "field_group", "visibility", "changed_at",
            "changed_by");
    profileEntry =
        sink.table("member_profile_entry", "member_id", "kind", "entry_text", "seq", "entry_key");
    offerChange =
        sink.table(
            "network_offer_change", "member_id", "seq", "offered", "changed_at", "changed_by");
    account = sink.table("account", "login", "version", "password_hash", "member_id", "created_at");
    accountRole = sink.table("account_role", "login", "role");
    partner =
        sink.table(
            "partner", "id", "name", "login", "email", "phone", "postal_address", "active");
    partnerSkill = sink.table("partner_skill", "partner_id", "skill_text");
    request =
        sink.table(
            "help_request", "id", "version", "requester_id", "channel", "title", "description",
            "needed_by", "submitted_at", "status", "decision_due_on", "solution_due_on",
            "solution_immediate", "postponed_until", "status_before_postponement", "satisfaction",
            "next_deadline", "solution_count");
    requestKind = sink.table("help_request_kind", "request_id", "kind");
    event =
        sink.table(
            "request_event", "event_id", "request_id", "seq", "event_type", "occurred_at", "actor",
            "by_service", "text_value", "code_value", "date_value", "date_value2", "flag_value",
            "ref_value");
    solution =
        sink.table(
            "simple_solution", "id", "request_id", "seq", "title", "content", "proposed_by",
            "proposed_at");
    quote =
        sink.table(
            "quote", "id", "version", "request_id", "provider_kind", "provider_member_id",
            "provider_partner_ref", "proposed_by", "title", "scope", "usual_amount",
            "usual_currency", "member_amount", "member_currency", "duration_amount",
            "duration_unit", "valid_until", "proposed_at", "status", "accepted_notice_version",
            "accepted_at", "accepted_by");
    quoteEvent =
        sink.table(
            "quote_event", "event_id", "quote_id", "seq", "event_type", "occurred_at", "actor",
            "by_service", "provider_kind", "usual_amount", "usual_currency", "member_amount",
            "member_currency", "valid_until", "notice_version", "decline_cause", "note");
    call =
        sink.table(
            "call_for_help", "id", "version", "request_id", "view_label", "view_needed_by",
            "view_summary", "sent_at", "sent_by", "status", "close_reason");
    callKind = sink.table("call_kind", "call_id", "kind");
    callSkill = sink.table("call_wanted_skill", "call_id", "skill");
    callRecipient = sink.table("call_recipient", "call_id", "seq", "member_id", "partner_id");
    callAnswer =
        sink.table(
            "call_answer", "call_id", "seq", "member_id", "partner_id", "answer_type",
            "answered_by", "answered_at", "solution_id", "solution_title", "solution_content",
            "outline");
    callEvent =
        sink.table(
            "call_event", "event_id", "call_id", "seq", "event_type", "occurred_at", "actor",
            "member_id", "partner_id", "solution_id", "solution_title", "close_reason");
    callEventParticipant =
        sink.table("call_event_participant", "event_id", "seq", "member_id", "partner_id");
  }

  // ---------------------------------------------------------------------------------------------
  // Members

  /**
   * The Service's agents (logins without a member, role AGENT) and the partners of the network,
   * with their skills; some partners log in (role PARTNER).
   */
  void service() throws SQLException {
    for (String login : AGENTS) {
      account.add(login, 0L, passwordHash, null, utc(start));
      accountRole.add(login, "AGENT");
    }
    for (int p = 0; p < partnerIds.length; p++) {
      SplittableRandom r = random(3, p);
      String id = uuid(r).toString();
      String last = pick(r, FrenchData.LAST_NAMES);
      String[] town = pick(r, FrenchData.TOWNS);
      String name = pick(r, FrenchData.PARTNER_KINDS) + " " + last + " (" + town[0] + ")";
      String domain = FrenchData.ascii(last) + "-" + p + ".fr";
      String login = r.nextInt(100) < 40 ? "contact@" + domain : null;
      if (login != null) {
        account.add(login, 0L, passwordHash, null, utc(start));
        accountRole.add(login, "PARTNER");
      }
      partner.add(
          id, name, login, "contact@" + domain, phone(r),
          (1 + r.nextInt(90)) + " " + pick(r, FrenchData.STREET_KINDS) + " "
              + pick(r, FrenchData.STREET_NAMES) + ", " + town[1] + " " + town[0],
          r.nextInt(100) < 90);
      Set<String> seen = new HashSet<>();
      for (String skill : skills(r).subList(0, 2 + r.nextInt(2))) {
        if (seen.add(skill)) {
          partnerSkill.add(id, skill);
        }
      }
      partnerIds[p] = id;
      partnerNames[p] = name;
      partnerLogins[p] = login;
    }
    sink.flush();
  }

  /** Generates member {@code i} and collects its rows. */
  void member(int i) {
    SplittableRandom r = random(1, i);
    String id = uuid(r).toString();
    String first = pick(r, FrenchData.FIRST_NAMES);
    String last = pick(r, FrenchData.LAST_NAMES);
    String[] town = pick(r, FrenchData.TOWNS);
    String organisation = organisation(r, last, town[0]);
    String email =
        FrenchData.ascii(first) + "." + FrenchData.ascii(last) + i + "@"
            + (organisation != null && r.nextInt(3) == 0
                ? FrenchData.ascii(organisation) + ".fr"
                : pick(r, FrenchData.MAIL_DOMAINS));
    String phone = phone(r);
    String address =
        (1 + r.nextInt(120)) + (r.nextInt(10) == 0 ? " bis " : " ")
            + pick(r, FrenchData.STREET_KINDS) + " " + pick(r, FrenchData.STREET_NAMES) + ", "
            + town[1] + " " + town[0];
    // More members registered recently than years ago: the club grows.
    Instant registered = between(start, now.minus(Duration.ofDays(1)), Math.sqrt(r.nextDouble()));
    registered = officeHours(r, registered);
    boolean ended = r.nextInt(100) < 5;
    Instant end = ended ? between(registered.plus(Duration.ofDays(20)), now, r.nextDouble()) : null;
    if (end != null && !end.isBefore(now)) {
      end = now.minus(Duration.ofHours(1));
    }
    boolean isErased = ended && r.nextInt(100) < 30;
    String erasedLogin = Member.erasedLogin(MemberId.of(id));
    String ownLogin = isErased ? erasedLogin : email;

    // Visibility: the choices at registration, then sometimes one change (R-MEM-4, R-MEM-5).
    String[] visibility = new String[4];
    int[] membersPercent = {40, 20, 55, 15};
    for (int g = 0; g < 4; g++) {
      visibility[g] = r.nextInt(100) < membersPercent[g] ? "MEMBERS" : "SERVICE_ONLY";
    }
    int seq = 0;
    for (FieldGroup group : FieldGroup.values()) {
      consentChange.add(
          id, seq++, group.name(), visibility[group.ordinal()], utc(registered), ownLogin);
    }
    int version = 1;
    Instant lastChange = end != null ? end : now;
    if (r.nextInt(100) < 25) {
      int g = r.nextInt(4);
      visibility[g] = visibility[g].equals("MEMBERS") ? "SERVICE_ONLY" : "MEMBERS";
      consentChange.add(
          id, seq, FieldGroup.values()[g].name(), visibility[g],
          utc(between(registered, lastChange, r.nextDouble())), ownLogin);
      version++;
    }

    // Profile and its offer to the network (R-MEM-3, R-MEM-5).
    boolean offered = false;
    boolean hasProfile = r.nextInt(100) < 88;
    if (hasProfile) {
      int entry = 0;
      if (!isErased) {
        entry = entries(r, id, "SKILL", skills(r), entry);
        entry = entries(r, id, "HOBBY", some(r, FrenchData.HOBBIES, r.nextInt(4)), entry);
        entries(r, id, "PARTICULARITY", some(r, FrenchData.PARTICULARITIES, r.nextInt(3)), entry);
      }
      version++;
      if (r.nextInt(100) < 85) {
        Instant offeredAt = between(registered, registered.plus(Duration.ofDays(20)), r.nextDouble());
        if (offeredAt.isAfter(lastChange)) {
          offeredAt = registered;
        }
        offerChange.add(id, 0, true, utc(offeredAt), ownLogin);
        offered = true;
        if (r.nextInt(100) < 8) {
          offerChange.add(
              id, 1, false, utc(between(offeredAt, lastChange, r.nextDouble())), ownLogin);
          offered = false;
          version++;
        }
      }
    }
    if (isErased) {
      offered = false;
    }

    // Participation: renewed every year, lapsed for some (R-MEM-7), ended for others (R-MEM-6).
    LocalDate registeredDay = day(registered);
    LocalDate endsOn;
    if (end != null) {
      endsOn = anniversaryOnOrAfter(registeredDay, day(end));
    } else if (r.nextInt(100) < 12 && registeredDay.plusYears(1).isBefore(today)) {
      endsOn = anniversaryOnOrAfter(registeredDay, today);
      endsOn = endsOn.minusYears(1);
    } else {
      endsOn = anniversaryOnOrAfter(registeredDay, today);
    }
    String photo = !isErased && r.nextInt(100) < 25 ? "photos/" + id + ".jpg" : null;
    member.add(
        id,
        (long) version + (end != null ? 1 : 0),
        isErased ? Member.ERASED_FIRST_NAME : first,
        isErased ? Member.ERASED_LAST_NAME : last,
        isErased ? null : organisation,
        isErased ? erasedLogin : email,
        isErased ? Member.ERASED_PHONE : phone,
        isErased ? Member.ERASED_ADDRESS : address,
        utc(registered),
        visibility[0],
        visibility[1],
        visibility[2],
        visibility[3],
        end != null ? "ENDED" : "ACTIVE",
        endsOn,
        end == null ? null : utc(end),
        isErased,
        photo,
        offered);
    int channel = r.nextInt(100);
    termsAcceptance.add(
        id, TERMS, utc(registered), channel < 92 ? "WEB" : channel < 97 ? "EMAIL" : "PHONE");
    if (!isErased) {
      account.add(email, 0L, passwordHash, id, utc(registered));
      accountRole.add(email, "MEMBER");
    }
    memberIds[i] = id;
    emails[i] = ownLogin;
    registeredAt[i] = registered.toEpochMilli();
    endedAt[i] = end == null ? Long.MAX_VALUE : end.toEpochMilli();
    erased[i] = isErased;
  }

  private static String organisation(SplittableRandom r, String last, String town) {
    int kind = r.nextInt(100);
    if (kind < 25) {
      return null;
    }
    String trade = pick(r, FrenchData.TRADES);
    String form = pick(r, FrenchData.LEGAL_FORMS);
    String name =
        kind < 60
            ? trade + " " + last
            : kind < 80 ? last + " " + trade : trade + " de " + town;
    return form.isEmpty() ? name : name + " " + form;
  }

  private static String phone(SplittableRandom r) {
    int prefix = r.nextInt(10) < 6 ? 6 + r.nextInt(2) : 1 + r.nextInt(5);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      digits.append(' ').append(String.format(Locale.ROOT, "%02d", r.nextInt(100)));
    }
    return r.nextInt(5) == 0 ? "+33 " + prefix + digits : "0" + prefix + digits;
  }

  /** 3 to 10 skills, the popular ones more often, as members type them. */
  private static List<String> skills(SplittableRandom r) {
    int count = 3 + r.nextInt(8);
    List<String> chosen = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      String skill = SKILLS.get((int) (SKILLS.size() * Math.pow(r.nextDouble(), 1.4)));
      int spelling = r.nextInt(100);
      if (spelling < 8) {
        skill = skill.toLowerCase(Locale.ROOT);
      } else if (spelling < 12) {
        skill = FrenchData.ascii(skill).replace('-', ' ');
      } else if (spelling < 14) {
        skill = skill.toUpperCase(Locale.ROOT);
      }
      chosen.add(skill);
    }
    return chosen;
  }

  private static List<String> some(SplittableRandom r, String[] values, int count) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(pick(r, values));
    }
    return chosen;
  }

  /** Collects profile entries of one kind, deduplicated ignoring case as Profile does. */
  private int entries(SplittableRandom r, String id, String kind, List<String> texts, int seq) {
    Set<String> seen = new HashSet<>();
    for (String text : texts) {
      if (seen.add(text.toLowerCase(Locale.ROOT))) {
        profileEntry.add(id, kind, text, seq++, SkillKey.of(text).value());
      }
    }
    return seq;
  }

  private static LocalDate anniversaryOnOrAfter(LocalDate registered, LocalDate day) {
    LocalDate endsOn = registered.plusYears(1);
    while (endsOn.isBefore(day)) {
      endsOn = endsOn.plusYears(1);
    }
    return endsOn;
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  /** One event of a request's timeline, before it becomes a row. */
  private record Event(
      String type,
      Instant at,
      String actor,
      boolean byService,
      String text,
      String code,
      LocalDate date,
      LocalDate date2,
      Boolean flag,
      String ref) {}

  /** Generates request {@code k} and collects its rows. */
  void request(int k) {
    SplittableRandom r = random(2, k);
    String id = uuid(r).toString();
    // Some members ask much more than others.
    int m = (int) (memberCount * Math.pow(r.nextDouble(), 1.6));
    Instant registered = Instant.ofEpochMilli(registeredAt[m]);
    Instant limit = endedAt[m] == Long.MAX_VALUE ? now : Instant.ofEpochMilli(endedAt[m]);
    Instant earliest = registered.plus(Duration.ofHours(1));
    Instant submitted = officeHours(r, between(earliest, limit, r.nextDouble()));
    if (submitted.isBefore(earliest)) {
      submitted = earliest;
    }
    if (submitted.isAfter(limit)) {
      submitted = limit.minus(Duration.ofMinutes(1));
    }
    String requester = emails[m];
    int c = r.nextInt(100);
    Channel channel = c < 75 ? Channel.WEB : c < 90 ? Channel.EMAIL : Channel.PHONE;
    String recordedBy = channel == Channel.WEB ? requester : pick(r, AGENTS);
    String agent = pick(r, AGENTS);
    String[] problem = pick(r, FrenchData.PROBLEMS);
    String title = problem[0];
    String description = problem[1] + context(r);
    Set<KindOfHelp> kinds = kinds(r);
    LocalDate neededBy = day(submitted).plusDays(3 + r.nextInt(58));

    long ageDays = ChronoUnit.DAYS.between(day(submitted), today);
    // Recent requests are mostly still open; a few old ones were forgotten in the queue.
    int openPerMille =
        ageDays <= 14 ? 800 : ageDays <= 45 ? 350 : ageDays <= 120 ? 50 : 3;
    boolean open = r.nextInt(1000) < openPerMille;
    RequestStatus target;
    int pick = r.nextInt(100);
    if (open) {
      target =
          pick < 45
              ? RequestStatus.SUBMITTED
              : pick < 90 ? RequestStatus.ACCEPTED : RequestStatus.POSTPONED;
    } else {
      target =
          pick < 60
              ? RequestStatus.CLOSED
              : pick < 82 ? RequestStatus.WITHDRAWN : RequestStatus.DECLINED;
    }
    boolean requesterEnded = limit.isBefore(now);

    List<Event> events = new ArrayList<>();
    Clock clock = new Clock(r, submitted, limit);
    events.add(
        new Event(
            "Submitted", submitted, recordedBy, channel != Channel.WEB, null, channel.name(),
            neededBy, null, null, null));
    // R-REQ-3: the Service asks, the member answers (an open request may still wait for it).
    if (r.nextInt(100) < 30) {
      events.add(
          new Event(
              "QuestionAsked", clock.next(2, 30), agent, true, pick(r, FrenchData.QUESTIONS),
              null, null, null, null, null));
      if (!(target == RequestStatus.SUBMITTED && r.nextBoolean())) {
        events.add(
            new Event(
                "QuestionAnswered", clock.next(1, 48), requester, false,
                pick(r, FrenchData.ANSWERS), null, null, null, null, null));
      }
    }
    LocalDate decisionDueOn = null;
    if (r.nextInt(100) < 30) {
      Instant at = clock.next(1, 24);
      decisionDueOn = day(at).plusDays(2 + r.nextInt(9));
      events.add(
          new Event(
              "DecisionDateAgreed", at, agent, true, null, null, decisionDueOn, null, null, null));
    }
    Instant acceptedAt = null;
    AcceptanceRoute route = null;
    boolean accepted =
        target == RequestStatus.ACCEPTED
            || target == RequestStatus.CLOSED
            || ((target == RequestStatus.POSTPONED || target == RequestStatus.WITHDRAWN)
                && r.nextBoolean());
    LocalDate solutionDueOn = null;
    boolean immediate = false;
    int solutions = 0;
    List<Object[]> solutionRows = new ArrayList<>();
    if (target == RequestStatus.DECLINED) {
      events.add(
          new Event(
              "Declined", clock.next(4, 72), agent, true, pick(r, FrenchData.DECLINE_REASONS),
              null, null, null, null, null));
    }
    if (accepted) {
      Instant at = clock.next(4, 72);
      acceptedAt = at;
      immediate = r.nextInt(100) < 15;
      solutionDueOn = immediate ? day(at) : day(at).plusDays(1 + r.nextInt(21));
      route = r.nextInt(100) < 60 ? AcceptanceRoute.INTERNAL : AcceptanceRoute.NETWORK;
      events.add(
          new Event(
              "Accepted", at, agent, true, null, route.name(), solutionDueOn, null, immediate,
              null));
      if (r.nextInt(100) < 10) {
        Instant movedAt = clock.next(24, 120);
        LocalDate from = solutionDueOn;
        LocalDate to = (from.isBefore(day(movedAt)) ? day(movedAt) : from).plusDays(3 + r.nextInt(12));
        solutionDueOn = to;
        immediate = false;
        events.add(
            new Event(
                "DeadlineMoved", movedAt, agent, true, pick(r, FrenchData.MOVE_REASONS),
                DeadlineKind.SOLUTION.name(), from, to, null, null));
      }
      int count =
          target == RequestStatus.CLOSED
              ? 1 + r.nextInt(3)
              : target == RequestStatus.ACCEPTED ? r.nextInt(3) : r.nextInt(2);
      for (int s = 0; s < count; s++) {
        Instant at2 = clock.next(4, 96);
        String solutionId = uuid(r).toString();
        String[] proposal = pick(r, FrenchData.SOLUTIONS);
        solutionRows.add(new Object[] {solutionId, id, s, proposal[0], proposal[1], agent, utc(at2)});
        events.add(
            new Event(
                "SolutionProposed", at2, agent, true, proposal[0], null, null, null, null,
                solutionId));
        solutions++;
      }
    }
    String satisfaction = null;
    LocalDate postponedUntil = null;
    String before = null;
    RequestStatus status = target;
    if (target == RequestStatus.CLOSED) {
      int s = r.nextInt(100);
      Satisfaction given =
          s < 60 ? Satisfaction.SOLVED : s < 85 ? Satisfaction.PARTLY_SOLVED : Satisfaction.NOT_SOLVED;
      satisfaction = given.name();
      events.add(
          new Event(
              "Closed", clock.next(4, 240), requester, false, pick(r, FrenchData.CLOSE_COMMENTS),
              given.name(), null, null, null, null));
    } else if (target == RequestStatus.WITHDRAWN) {
      WithdrawalReason reason =
          r.nextBoolean() ? WithdrawalReason.SOLVED_ELSEWHERE : WithdrawalReason.NO_LONGER_ARISES;
      boolean byAgent = r.nextInt(100) < 20;
      events.add(
          new Event(
              "Withdrawn", clock.next(4, 240), byAgent ? agent : requester, byAgent, null,
              reason.name(), null, null, null, null));
    } else if (target == RequestStatus.POSTPONED) {
      Instant at = clock.next(4, 120);
      before = accepted ? RequestStatus.ACCEPTED.name() : RequestStatus.SUBMITTED.name();
      postponedUntil = day(at).plusDays(7 + r.nextInt(60));
      events.add(
          new Event(
              "Postponed", at, requester, false, pick(r, FrenchData.POSTPONE_REASONS), null,
              postponedUntil, null, null, null));
    }
    if (status.isOpen() && requesterEnded) {
      // R-MEM-6: ending the participation withdrew every open request at once.
      events.add(
          new Event(
              "Withdrawn", limit, requester, false, null,
              WithdrawalReason.PARTICIPATION_ENDED.name(), null, null, null, null));
      status = RequestStatus.WITHDRAWN;
      postponedUntil = null;
      before = null;
    }
    if (erased[m]) {
      // R-PRV-2: a finished request of an erased member keeps neutral text.
      title = HelpRequest.ERASED_TITLE;
      description = HelpRequest.ERASED_DESCRIPTION;
    }
    LocalDate nextDeadline =
        switch (status) {
          case SUBMITTED -> decisionDueOn != null ? decisionDueOn : neededBy;
          case ACCEPTED -> solutionDueOn;
          case POSTPONED -> postponedUntil;
          default -> null;
        };
    request.add(
        id,
        (long) events.size(),
        memberIds[m],
        channel.name(),
        title,
        description,
        neededBy,
        utc(submitted),
        status.name(),
        decisionDueOn,
        solutionDueOn,
        immediate,
        postponedUntil,
        before,
        satisfaction,
        nextDeadline,
        solutions);
    for (KindOfHelp kind : kinds) {
      requestKind.add(id, kind.name());
    }
    int seq = 0;
    for (Event e : events) {
      boolean ofRequester = erased[m] && !e.byService();
      String text = e.text();
      if (ofRequester && text != null && !text.isEmpty()) {
        text = HelpRequest.ERASED_TEXT;
      }
      event.add(
          uuid(r).toString(), id, seq++, e.type(), utc(e.at()), e.actor(), e.byService(), text,
          e.code(), e.date(), e.date2(), e.flag(), e.ref());
    }
    for (Object[] row : solutionRows) {
      solution.add(row);
    }
    if (acceptedAt != null) {
      // Quotes and calls happen between the acceptance and the request's last event (or now).
      Instant last = events.get(events.size() - 1).at();
      Instant end = status.isOpen() ? limit : last;
      if (route == AcceptanceRoute.NETWORK && r.nextInt(100) < 50) {
        call(r, id, m, acceptedAt, end, status, kinds, neededBy, problem[1], agent);
      }
      if (r.nextInt(100) < 12) {
        quotes(r, id, m, acceptedAt, end, status, agent);
      }
    }
  }

  /**
   * The quotes of an accepted request (R-SOL-2..R-SOL-6): 1 to 4, by the Service, a member or a
   * partner, the member's price below the usual one. A closed request accepted one of them half the
   * time, which declined the others; the member declined some; the rest are still proposed (and
   * expire by their date).
   */
  private void quotes(
      SplittableRandom r,
      String requestId,
      int m,
      Instant from,
      Instant to,
      RequestStatus status,
      String agent) {
    int count = 1 + r.nextInt(4);
    int accepted = status == RequestStatus.CLOSED && r.nextBoolean() ? r.nextInt(count) : -1;
    for (int q = 0; q < count; q++) {
      String id = uuid(r).toString();
      Instant proposedAt = between(from, to, (q + r.nextDouble()) / (count + 1));
      int provider = r.nextInt(100);
      String kind = provider < 20 ? "SERVICE" : provider < 60 ? "MEMBER" : "PARTNER";
      String providerMember = kind.equals("MEMBER") ? memberIds[otherActiveMember(r, m)] : null;
      String providerPartner =
          kind.equals("PARTNER") ? partnerNames[r.nextInt(partnerNames.length)] : null;
      String[] accompaniment = pick(r, FrenchData.ACCOMPANIMENTS);
      long usualCents = 30_000 + r.nextInt(770_000);
      long memberCents = usualCents - 1 - r.nextInt((int) (usualCents * 2 / 5));
      BigDecimal usual = BigDecimal.valueOf(usualCents, 2);
      BigDecimal memberPrice = BigDecimal.valueOf(memberCents, 2);
      int unit = r.nextInt(3);
      LocalDate validUntil = day(proposedAt).plusDays(15 + r.nextInt(46));
      String state = "PROPOSED";
      Instant decidedAt = between(proposedAt, to, r.nextDouble());
      String cause = null;
      if (accepted >= 0) {
        state = q == accepted ? "ACCEPTED" : "DECLINED";
        cause = q == accepted ? null : "ANOTHER_QUOTE_ACCEPTED";
      } else if (r.nextInt(100) < 30) {
        state = "DECLINED";
        cause = "BY_MEMBER";
      }
      boolean isAccepted = state.equals("ACCEPTED");
      String requester = emails[m];
      quote.add(
          id, state.equals("PROPOSED") ? 1L : 2L, requestId, kind, providerMember,
          providerPartner, agent, accompaniment[0], accompaniment[1], usual, "EUR", memberPrice,
          "EUR", 1 + r.nextInt(unit == 0 ? 30 : unit == 1 ? 12 : 6),
          unit == 0 ? "DAYS" : unit == 1 ? "WEEKS" : "MONTHS", validUntil, utc(proposedAt), state,
          isAccepted ? "QUOTE-NOTICE-1" : null, isAccepted ? utc(decidedAt) : null,
          isAccepted ? requester : null);
      quoteEvent.add(
          uuid(r).toString(), id, 0, "QuoteProposed", utc(proposedAt), agent, true, kind, usual,
          "EUR", memberPrice, "EUR", validUntil, null, null, null);
      if (isAccepted) {
        quoteEvent.add(
            uuid(r).toString(), id, 1, "QuoteAccepted", utc(decidedAt), requester, false, null,
            null, null, null, null, null, "QUOTE-NOTICE-1", null, null);
      } else if (cause != null) {
        quoteEvent.add(
            uuid(r).toString(), id, 1, "QuoteDeclined", utc(decidedAt), requester, false, null,
            null, null, null, null, null, null, cause,
            cause.equals("BY_MEMBER") ? "Trop cher pour nous cette année." : "");
      }
    }
  }

  /**
   * A call for help to the network about an accepted request (R-NET-1, R-NET-2, R-NET-4): the
   * anonymous view, 4 to 12 recipients (members, a few partners), their answers, and its closing
   * once the request is over.
   */
  private void call(
      SplittableRandom r,
      String requestId,
      int m,
      Instant from,
      Instant to,
      RequestStatus status,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      String summary,
      String agent) {
    String id = uuid(r).toString();
    Instant sentAt = between(from, to, 0.2 * r.nextDouble());
    SplittableRandom labels = random(4, m);
    String label = String.format(Locale.ROOT, "Member #%06X", labels.nextInt(1 << 24));
    // Recipients: members (never the requester, once each) and sometimes partners; each is
    // {member id, partner id, login}, one of the ids null.
    List<String[]> recipients = new ArrayList<>();
    Set<String> chosen = new HashSet<>();
    int members = Math.min(4 + r.nextInt(9), memberCount / 2);
    while (recipients.size() < members) {
      int other = otherActiveMember(r, m);
      if (chosen.add(memberIds[other])) {
        recipients.add(new String[] {memberIds[other], null, emails[other]});
      }
    }
    int partners = r.nextInt(3);
    for (int p = 0; p < partners; p++) {
      int index = r.nextInt(partnerIds.length);
      if (chosen.add(partnerIds[index])) {
        recipients.add(new String[] {null, partnerIds[index], partnerLogins[index]});
      }
    }
    String callStatus = "OPEN";
    String closeReason = null;
    if (status != RequestStatus.ACCEPTED) {
      callStatus = "CLOSED";
      closeReason =
          switch (status) {
            case WITHDRAWN -> "REQUEST_WITHDRAWN";
            case POSTPONED -> "REQUEST_POSTPONED";
            default -> "REQUEST_ENDED";
          };
    } else if (r.nextInt(100) < 30) {
      callStatus = "CLOSED";
      closeReason = "ENDED_BY_SERVICE";
    }
    int seq = 0;
    String sent = uuid(r).toString();
    callEvent.add(sent, id, seq++, "CallSent", utc(sentAt), agent, null, null, null, null, null);
    for (int i = 0; i < recipients.size(); i++) {
      callRecipient.add(id, i, recipients.get(i)[0], recipients.get(i)[1]);
      callEventParticipant.add(sent, i, recipients.get(i)[0], recipients.get(i)[1]);
    }
    Instant closedAt = between(sentAt, to, 0.9 + 0.1 * r.nextDouble());
    List<String[]> toTell = new ArrayList<>();
    int answers = 0;
    for (String[] recipient : recipients) {
      if (r.nextInt(100) >= 40) {
        toTell.add(recipient);
        continue;
      }
      Instant at = between(sentAt, closedAt, (answers + r.nextDouble()) / recipients.size());
      // A partner without a login answers by phone, and an agent records it.
      String by = recipient[2] != null ? recipient[2] : agent;
      int type = r.nextInt(100);
      String eventId = uuid(r).toString();
      if (type < 30) {
        String solutionId = uuid(r).toString();
        String[] proposal = pick(r, FrenchData.SOLUTIONS);
        callAnswer.add(
            id, answers, recipient[0], recipient[1], "SIMPLE_SOLUTION", by, utc(at), solutionId,
            proposal[0], proposal[1], null);
        callEvent.add(
            eventId, id, seq++, "SimpleSolutionOffered", utc(at), by, recipient[0], recipient[1],
            solutionId, proposal[0], null);
        toTell.add(recipient);
      } else if (type < 60) {
        callAnswer.add(
            id, answers, recipient[0], recipient[1], "ACCOMPANIMENT", by, utc(at), null, null,
            null, pick(r, FrenchData.OUTLINES));
        callEvent.add(
            eventId, id, seq++, "AccompanimentOffered", utc(at), by, recipient[0], recipient[1],
            null, null, null);
        toTell.add(recipient);
      } else {
        callAnswer.add(
            id, answers, recipient[0], recipient[1], "DECLINED", by, utc(at), null, null, null,
            null);
        callEvent.add(
            eventId, id, seq++, "CallDeclined", utc(at), by, recipient[0], recipient[1], null,
            null, null);
      }
      answers++;
    }
    if (closeReason != null) {
      String closed = uuid(r).toString();
      callEvent.add(
          closed, id, seq++, "CallClosed", utc(closedAt), agent, null, null, null, null,
          closeReason);
      // recipientsToTell(): in the recipients' order, those who did not answer or offered help.
      int p = 0;
      for (String[] recipient : recipients) {
        if (toTell.contains(recipient)) {
          callEventParticipant.add(closed, p++, recipient[0], recipient[1]);
        }
      }
    }
    call.add(
        id, (long) seq, requestId, label, neededBy, summary, utc(sentAt), agent, callStatus,
        closeReason);
    for (KindOfHelp kind : kinds) {
      callKind.add(id, kind.name());
    }
    Set<String> wanted = new HashSet<>();
    for (String skill : skills(r).subList(0, 1 + r.nextInt(3))) {
      String tag = SkillTag.of(skill).value();
      if (wanted.add(tag)) {
        callSkill.add(id, tag);
      }
    }
  }

  /** A member other than {@code m} whose participation has not ended. */
  private int otherActiveMember(SplittableRandom r, int m) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      int other = r.nextInt(memberCount);
      if (other != m && endedAt[other] == Long.MAX_VALUE) {
        return other;
      }
    }
    throw new IllegalStateException("too few active members to choose from");
  }

  private static Set<KindOfHelp> kinds(SplittableRandom r) {
    Set<KindOfHelp> kinds = EnumSet.noneOf(KindOfHelp.class);
    int count = 1 + (r.nextInt(100) < 35 ? 1 : 0) + (r.nextInt(100) < 10 ? 1 : 0);
    while (kinds.size() < count) {
      int k = r.nextInt(100);
      kinds.add(
          k < 40
              ? KindOfHelp.INFORMATION
              : k < 65
                  ? KindOfHelp.HELP
                  : k < 85 ? KindOfHelp.DOCUMENT : k < 93 ? KindOfHelp.LISTENING : KindOfHelp.FOLLOW_UP);
    }
    return kinds;
  }

  private static String context(SplittableRandom r) {
    String context = pick(r, FrenchData.CONTEXTS);
    if (context.isEmpty()) {
      return "";
    }
    if (context.contains("%d salariés")) {
      return " " + String.format(Locale.ROOT, context, 1 + r.nextInt(40));
    }
    if (context.contains("%s")) {
      return " " + String.format(
          Locale.ROOT, context, pick(r, FrenchData.TOWNS)[0], 2 + r.nextInt(30));
    }
    return " " + context;
  }

  /**
   * The times of a request's events: each a few hours after the previous one, never beyond the
   * end (now, or the end of the requester's participation), at most half-way to it, so that a
   * request submitted an hour ago still fits its whole timeline.
   */
  private static final class Clock {
    private final SplittableRandom random;
    private final Instant end;
    private Instant at;

    Clock(SplittableRandom random, Instant from, Instant end) {
      this.random = random;
      this.at = from;
      this.end = end;
    }

    Instant next(int minHours, int maxHours) {
      long wanted = (minHours + random.nextInt(maxHours - minHours + 1)) * 3_600_000L;
      long room = Math.max(0, Duration.between(at, end).toMillis() / 2);
      at = at.plusMillis(Math.max(1, Math.min(wanted, room)));
      return at;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private SplittableRandom random(long stream, long index) {
    return new SplittableRandom(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + index)));
  }

  /** The finaliser of SplitMix64. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A version-4 UUID drawn from the generator. */
  private static UUID uuid(SplittableRandom r) {
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private static Instant between(Instant from, Instant to, double fraction) {
    if (!to.isAfter(from)) {
      return from;
    }
    long span = Duration.between(from, to).toMillis();
    return from.plusMillis((long) (span * fraction));
  }

  /** The same day, between 8:00 and 19:00 in Paris, to the microsecond. */
  private static Instant officeHours(SplittableRandom r, Instant at) {
    LocalTime time = LocalTime.of(8, 0).plusSeconds(r.nextInt(11 * 3600)).plusNanos(r.nextInt(1_000_000) * 1_000L);
    return day(at).atTime(time).atZone(PARIS).toInstant();
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, PARIS);
  }

  /** How the schema stores an instant: a UTC timestamp, to the microsecond. */
  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** Writes what was collected. */
  void flush() throws SQLException {
    sink.flush();
  }

  /** Rows written so far. */
  long written() {
    return sink.written();
  }
}
