package org.clubaide.persistence.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.persistence.support.Persistence;

/** Members in the database. */
@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void save(Member member) {
    MemberEntity entity = em.find(MemberEntity.class, member.id().toString());
    if (entity == null) {
      entity = new MemberEntity(member.id().toString());
      MemberMapper.copy(member, entity);
      em.persist(entity);
    } else {
      Persistence.checkVersion(member.version(), entity.version, "This member");
      MemberMapper.copy(member, entity);
    }
    Persistence.flush(em, "This member");
  }

  @Override
  public Optional<Member> findById(MemberId id) {
    return Optional.ofNullable(em.find(MemberEntity.class, id.toString()))
        .map(MemberMapper::toDomain);
  }

  @Override
  public Optional<Member> findByEmail(String email) {
    return em
        .createQuery("SELECT m FROM MemberEntity m WHERE m.email = :email", MemberEntity.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(MemberMapper::toDomain);
  }
}
