package org.clubaide.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallCursor;
import org.clubaide.core.network.CallEvent;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallStatus;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.support.Persistence;

/**
 * Calls for help in the database. Loading calls costs one query for the calls and six for all their
 * parts at once (kinds, wanted skills, recipients, answers, events, the participants events list):
 * seven, whether one call or a page of them, however many recipients, answers and events they hold.
 * Saving checks the version read, moves it on every save, and appends the new answers and events;
 * the view and the recipients are written once, when the call is sent. The calls sent to a
 * recipient are read a page at a time, newest first, after a cursor (keyset paging).
 */
@ApplicationScoped
public class JpaCallForHelpRepository implements CallForHelpRepository {

  private static final String WHAT = "This call for help";

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void save(CallForHelp call) {
    String id = call.id().toString();
    CallForHelpEntity entity = em.find(CallForHelpEntity.class, id);
    if (entity == null) {
      em.persist(CallMapper.newEntity(call));
    } else {
      Persistence.checkVersion(call.version(), entity.version, WHAT);
      CallMapper.copyState(call, entity);
      // An answer changes no column of the call's row: the version must move all the same.
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    // The call's row first: a concurrent change fails on its version, before any row is added.
    Persistence.flush(em, WHAT);
    List<CallAnswer> added = newAnswers(call);
    int seq = call.answers().size() - added.size();
    for (CallAnswer answer : added) {
      em.persist(CallMapper.toEntity(id, seq++, answer));
    }
    int eventSeq = call.timeline().size() - call.newEvents().size();
    for (CallEvent event : call.newEvents()) {
      em.persist(CallMapper.toEntity(event, eventSeq++));
    }
    Persistence.flush(em, WHAT);
  }

  /**
   * The answers given since the call was read: one per answer event among the new events, at the
   * end of the answers, in the same order.
   */
  private static List<CallAnswer> newAnswers(CallForHelp call) {
    List<Participant> answered = new ArrayList<>();
    for (CallEvent event : call.newEvents()) {
      if (event instanceof CallEvent.SimpleSolutionOffered e) {
        answered.add(e.recipient());
      } else if (event instanceof CallEvent.AccompanimentOffered e) {
        answered.add(e.recipient());
      } else if (event instanceof CallEvent.CallDeclined e) {
        answered.add(e.recipient());
      }
    }
    List<CallAnswer> answers = call.answers();
    List<CallAnswer> added = answers.subList(answers.size() - answered.size(), answers.size());
    for (int i = 0; i < added.size(); i++) {
      if (!added.get(i).recipient().equals(answered.get(i))) {
        throw new IllegalStateException(
            "The new answers of call " + call.id() + " do not match its new events");
      }
    }
    return added;
  }

  @Override
  public Optional<CallForHelp> findById(CallId id) {
    CallForHelpEntity entity = em.find(CallForHelpEntity.class, id.toString());
    return entity == null ? Optional.empty() : Optional.of(load(List.of(entity)).get(0));
  }

  @Override
  public List<CallForHelp> openForRequest(RequestId request) {
    return load(
        em.createQuery(
                "SELECT c FROM CallForHelpEntity c WHERE c.requestId = :request"
                    + " AND c.status = :open ORDER BY c.sentAt, c.id",
                CallForHelpEntity.class)
            .setParameter("request", request.toString())
            .setParameter("open", CallStatus.OPEN.name())
            .getResultList());
  }

  @Override
  public List<CallForHelp> sentTo(Participant recipient, Optional<CallCursor> after, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String column = recipient instanceof Participant.OfMember ? "memberId" : "partnerId";
    var query =
        em.createQuery(
                "SELECT c FROM CallForHelpEntity c JOIN c.recipients r WHERE r."
                    + column
                    + " = :recipient"
                    + (after.isPresent()
                        ? " AND (c.sentAt < :at OR (c.sentAt = :at AND c.id > :id))"
                        : "")
                    + " ORDER BY c.sentAt DESC, c.id",
                CallForHelpEntity.class)
            .setParameter("recipient", recipient.uuid().toString());
    after.ifPresent(
        cursor -> query.setParameter("at", cursor.sentAt()).setParameter("id", cursor.id().toString()));
    return load(query.setMaxResults(limit).getResultList());
  }

  /** The calls of the rows, in the same order, with all their parts read in six queries. */
  private List<CallForHelp> load(List<CallForHelpEntity> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    List<String> ids = calls.stream().map(c -> c.id).toList();
    Map<String, Set<String>> kinds = new HashMap<>();
    for (Object[] row :
        rows("SELECT c.id, k FROM CallForHelpEntity c JOIN c.kinds k WHERE c.id IN :ids", ids)) {
      kinds.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
    }
    Map<String, Set<String>> skills = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT c.id, s FROM CallForHelpEntity c JOIN c.wantedSkills s WHERE c.id IN :ids",
            ids)) {
      skills.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
    }
    Map<String, List<Participant>> recipients =
        participants(
            rows(
                "SELECT c.id, r.memberId, r.partnerId FROM CallForHelpEntity c"
                    + " JOIN c.recipients r WHERE c.id IN :ids ORDER BY c.id, r.seq",
                ids));
    Map<String, List<CallAnswerEntity>> answers = new HashMap<>();
    em.createQuery(
            "SELECT a FROM CallAnswerEntity a WHERE a.callId IN :ids ORDER BY a.callId, a.seq",
            CallAnswerEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> answers.computeIfAbsent(a.callId, k -> new ArrayList<>()).add(a));
    Map<String, List<CallEventEntity>> events = new HashMap<>();
    em.createQuery(
            "SELECT e FROM CallEventEntity e WHERE e.callId IN :ids ORDER BY e.callId, e.seq",
            CallEventEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(e -> events.computeIfAbsent(e.callId, k -> new ArrayList<>()).add(e));
    Map<String, List<Participant>> eventParticipants =
        participants(
            rows(
                "SELECT e.eventId, p.memberId, p.partnerId FROM CallEventEntity e"
                    + " JOIN e.participants p WHERE e.callId IN :ids ORDER BY e.eventId, p.seq",
                ids));
    List<CallForHelp> loaded = new ArrayList<>(calls.size());
    for (CallForHelpEntity call : calls) {
      loaded.add(
          CallMapper.toDomain(
              new CallMapper.Rows(
                  call,
                  kinds.getOrDefault(call.id, Set.of()),
                  skills.getOrDefault(call.id, Set.of()),
                  recipients.getOrDefault(call.id, List.of()),
                  answers.getOrDefault(call.id, List.of()),
                  events.getOrDefault(call.id, List.of()),
                  eventParticipants)));
    }
    return List.copyOf(loaded);
  }

  private List<Object[]> rows(String jpql, List<String> ids) {
    return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
  }

  /** Rows of (owner, member_id, partner_id), in order, as participants grouped by owner. */
  private static Map<String, List<Participant>> participants(List<Object[]> rows) {
    Map<String, List<Participant>> byOwner = new HashMap<>();
    for (Object[] row : rows) {
      byOwner
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(Participants.of((String) row[1], (String) row[2]));
    }
    return byOwner;
  }
}
