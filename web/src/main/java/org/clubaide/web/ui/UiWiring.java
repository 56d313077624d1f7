package org.clubaide.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.clubaide.core.administration.AccountListing;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.administration.TermsPublication;
import org.clubaide.core.administration.TermsPublisher;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.CallQuotes;
import org.clubaide.core.network.IntroductionInbox;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.NetworkConsole;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.privacy.MemberLookup;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * The core use cases only the pages use, wired to the JPA adapters like those of {@code
 * config.CoreProducers}: quoting through a call, the parties' introductions, the Service's network
 * console, looking a member up, and the administrators' use cases.
 */
@ApplicationScoped
public class UiWiring {

  /** Quotes made through a call for help (R-NET-4). */
  @Produces
  @Singleton
  CallQuotes callQuotes(
      CallForHelpRepository calls,
      NetworkDirectory directory,
      QuoteService quoteService,
      QuoteRepository quotes) {
    return new CallQuotes(calls, directory, quoteService, quotes);
  }

  /** The introductions of a member or partner (R-NET-3). */
  @Produces
  @Singleton
  IntroductionInbox introductionInbox(
      HelpRequestRepository requests,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      NetworkDirectory directory) {
    return new IntroductionInbox(requests, calls, introductions, directory);
  }

  /** What the Service reads of the network while working a request (R-NET-1). */
  @Produces
  @Singleton
  NetworkConsole networkConsole(
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      MemberRepository members,
      PartnerRegistry partners) {
    return new NetworkConsole(calls, introductions, members, partners);
  }

  /** The Service finds a member by e-mail address (R-REQ-1). */
  @Produces
  @Singleton
  MemberLookup memberLookup(MemberRepository members) {
    return new MemberLookup(members);
  }

  /** Publishing terms versions (R-MEM-2). */
  @Produces
  @Singleton
  TermsPublication termsPublication(
      TermsCatalogue catalogue, TermsPublisher publisher, Clock clock) {
    return new TermsPublication(catalogue, publisher, clock);
  }

  /** Logins and roles, partners (R-PRV-3, R-NET-1). */
  @Produces
  @Singleton
  Administration administration(AccountListing accounts, PartnerRegistry partners) {
    return new Administration(accounts, partners);
  }
}
