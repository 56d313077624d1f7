/**
 * The network of members and partners (R-NET-1..R-NET-4, R-MEM-3): how the central Service finds
 * who can help with a request, calls on them without revealing who asked, and puts people in touch
 * only with both sides' written agreement.
 *
 * <ul>
 *   <li>Matching: a {@link org.clubaide.core.network.NetworkDirectory} port hands out {@link
 *       org.clubaide.core.network.Candidate candidates} with normalised {@link
 *       org.clubaide.core.network.SkillTag skill tags}; the {@link
 *       org.clubaide.core.network.SkillMatcher} applies the eligibility rule and ranks them.
 *   <li>Anonymity: the {@link org.clubaide.core.network.AnonymityPolicy} builds the {@link
 *       org.clubaide.core.network.AnonymousRequestView} that a call shows, from a summary the
 *       Service reviewed, and refuses any that names the requester.
 *   <li>The {@link org.clubaide.core.network.CallForHelp} aggregate: sent to recipients, answered
 *       once each, closed when the request stops needing help.
 *   <li>The {@link org.clubaide.core.network.Introduction} aggregate: consents with date and
 *       channel, contact details only when both agreed, refusals that reveal nothing.
 *   <li>The {@link org.clubaide.core.network.NetworkService} use cases, which check who may act
 *       before anything else, and the repository ports they call.
 * </ul>
 *
 * <p>A {@link org.clubaide.core.network.Participant} is a member or a partner; partners have their
 * own {@link org.clubaide.core.network.PartnerId} and are resolved from their login by the
 * directory, since an actor carries only a member identifier.
 */
package org.clubaide.core.network;
