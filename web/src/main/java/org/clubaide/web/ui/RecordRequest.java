package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.privacy.MemberLookup;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * The agent records a request a member made by phone or e-mail, on their behalf; the channel is
 * kept (R-REQ-1).
 */
@Named
@ViewScoped
public class RecordRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient HelpRequestService requests;
  @Inject transient MemberLookup lookup;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String email;
  private Channel channel = Channel.PHONE;
  private String title;
  private String description;
  private List<String> kinds = List.of();
  private LocalDate neededBy;

  /** Records the request and opens its page in the console. */
  public String submit() {
    Optional<MemberLookup.Found> member = lookup.byEmail(actor.require(), email);
    if (member.isEmpty()) {
      Ui.errorKey("record.unknownMember");
      return null;
    }
    try {
      EnumSet<KindOfHelp> set = EnumSet.noneOf(KindOfHelp.class);
      kinds.forEach(k -> set.add(KindOfHelp.valueOf(k)));
      RequestId id =
          tx.call(
              () ->
                  requests.submit(
                      actor.require(),
                      new SubmitHelpRequest(
                          Optional.of(member.get().id()),
                          channel,
                          title,
                          description,
                          set,
                          neededBy)));
      Ui.info("record.done");
      return "/agent/request.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  public Channel[] getChannels() {
    return new Channel[] {Channel.PHONE, Channel.EMAIL};
  }

  public KindOfHelp[] getAllKinds() {
    return KindOfHelp.values();
  }

  public int getTitleMax() {
    return HelpRequest.TITLE_MAX;
  }

  public int getDescriptionMax() {
    return HelpRequest.DESCRIPTION_MAX;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getKinds() {
    return kinds;
  }

  public void setKinds(List<String> kinds) {
    this.kinds = kinds == null ? List.of() : kinds;
  }

  public LocalDate getNeededBy() {
    return neededBy;
  }

  public void setNeededBy(LocalDate neededBy) {
    this.neededBy = neededBy;
  }
}
