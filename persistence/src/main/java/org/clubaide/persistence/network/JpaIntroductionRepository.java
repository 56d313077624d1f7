package org.clubaide.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.IntroductionCursor;
import org.clubaide.core.network.IntroductionEvent;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.support.Persistence;

/**
 * Introductions in the database. Loading one costs two queries (the introduction, its events), and
 * so do the introductions of a request, however many, and a page of a party's introductions (newest
 * first, after a cursor). Saving checks the version read, moves it on
 * every save and appends the new events. The schema allows one introduction per call and helper: a
 * second one, proposed concurrently, is refused with a {@link ConflictException}.
 */
@ApplicationScoped
public class JpaIntroductionRepository implements IntroductionRepository {

  private static final String WHAT = "This introduction";

  /** SQLSTATE of a unique constraint violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void save(Introduction introduction) {
    String id = introduction.id().toString();
    IntroductionEntity entity = em.find(IntroductionEntity.class, id);
    if (entity == null) {
      entity = new IntroductionEntity(id);
      IntroductionMapper.copy(introduction, entity);
      em.persist(entity);
      flushNew();
    } else {
      Persistence.checkVersion(introduction.version(), entity.version, WHAT);
      IntroductionMapper.copy(introduction, entity);
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      // The row first: a concurrent change fails on its version, before any event is added.
      Persistence.flush(em, WHAT);
    }
    int seq = introduction.timeline().size() - introduction.newEvents().size();
    for (IntroductionEvent event : introduction.newEvents()) {
      em.persist(IntroductionMapper.toEntity(event, seq++));
    }
    Persistence.flush(em, WHAT);
  }

  private void flushNew() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          throw new ConflictException(
              "R-NET-3", "An introduction was already proposed to this helper for this call.");
        }
      }
      throw e;
    }
  }

  @Override
  public Optional<Introduction> findById(IntroductionId id) {
    return Optional.ofNullable(em.find(IntroductionEntity.class, id.toString()))
        .map(this::withEvents);
  }

  private Introduction withEvents(IntroductionEntity entity) {
    List<IntroductionEventEntity> events =
        em.createQuery(
                "SELECT e FROM IntroductionEventEntity e WHERE e.introductionId = :id"
                    + " ORDER BY e.seq",
                IntroductionEventEntity.class)
            .setParameter("id", entity.id)
            .getResultList();
    return IntroductionMapper.toDomain(entity, events);
  }

  @Override
  public List<Introduction> forRequest(RequestId request) {
    List<IntroductionEntity> introductions =
        em.createQuery(
                "SELECT i FROM IntroductionEntity i WHERE i.requestId = :request"
                    + " ORDER BY i.proposedAt, i.id",
                IntroductionEntity.class)
            .setParameter("request", request.toString())
            .getResultList();
    if (introductions.isEmpty()) {
      return List.of();
    }
    Map<String, List<IntroductionEventEntity>> events = new HashMap<>();
    em.createQuery(
            "SELECT e FROM IntroductionEventEntity e WHERE e.introductionId IN"
                + " (SELECT i.id FROM IntroductionEntity i WHERE i.requestId = :request)"
                + " ORDER BY e.introductionId, e.seq",
            IntroductionEventEntity.class)
        .setParameter("request", request.toString())
        .getResultList()
        .forEach(e -> events.computeIfAbsent(e.introductionId, k -> new ArrayList<>()).add(e));
    return withEvents(introductions, events);
  }

  @Override
  public List<Introduction> involving(
      Participant party, Optional<IntroductionCursor> after, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String id = party.uuid().toString();
    String where =
        party instanceof Participant.OfMember
            ? "(i.requesterId = :party OR i.helperMemberId = :party)"
            : "i.helperPartnerId = :party";
    var query =
        em.createQuery(
                "SELECT i FROM IntroductionEntity i WHERE "
                    + where
                    + (after.isPresent()
                        ? " AND (i.proposedAt < :at OR (i.proposedAt = :at AND i.id > :id))"
                        : "")
                    + " ORDER BY i.proposedAt DESC, i.id",
                IntroductionEntity.class)
            .setParameter("party", id);
    after.ifPresent(
        cursor ->
            query.setParameter("at", cursor.proposedAt()).setParameter("id", cursor.id().toString()));
    List<IntroductionEntity> introductions = query.setMaxResults(limit).getResultList();
    if (introductions.isEmpty()) {
      return List.of();
    }
    Map<String, List<IntroductionEventEntity>> events = new HashMap<>();
    em.createQuery(
            "SELECT e FROM IntroductionEventEntity e WHERE e.introductionId IN :ids"
                + " ORDER BY e.introductionId, e.seq",
            IntroductionEventEntity.class)
        .setParameter("ids", introductions.stream().map(i -> i.id).toList())
        .getResultList()
        .forEach(e -> events.computeIfAbsent(e.introductionId, k -> new ArrayList<>()).add(e));
    return withEvents(introductions, events);
  }

  private static List<Introduction> withEvents(
      List<IntroductionEntity> introductions, Map<String, List<IntroductionEventEntity>> events) {
    return introductions.stream()
        .map(i -> IntroductionMapper.toDomain(i, events.getOrDefault(i.id, List.of())))
        .toList();
  }

  @Override
  public Optional<Introduction> findByCallAndHelper(CallId call, Participant helper) {
    String column = helper instanceof Participant.OfMember ? "helperMemberId" : "helperPartnerId";
    return em.createQuery(
            "SELECT i FROM IntroductionEntity i WHERE i.callId = :call AND i."
                + column
                + " = :helper",
            IntroductionEntity.class)
        .setParameter("call", call.toString())
        .setParameter("helper", helper.uuid().toString())
        .getResultStream()
        .findFirst()
        .map(this::withEvents);
  }
}
