package org.clubaide.core.network;

import static org.clubaide.core.shared.RuleViolationException.require;
import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.Member;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Builds what the network may see of a request (R-NET-2): the {@link AnonymousRequestView}.
 *
 * <p><b>What goes out.</b> The anonymous label, the kinds of help, the needed-by date, the skills
 * the agent chose and the summary the agent wrote or reviewed. The title and description as the
 * member typed them never go out, nor does any identifier of the member or of the request.
 *
 * <p><b>What is refused.</b> A summary, or a wanted skill, that contains an identifying field of
 * the requester is refused with a {@link RuleViolationException} for {@code R-NET-2}. Text is
 * compared word by word after folding case, accents and ligatures; words are the runs of letters
 * and digits. A text contains a field when the field's words appear in it consecutively, so
 * "Marché" does not contain "Marc" but "marc DUPONT" contains "Dupont". The fields are:
 *
 * <ul>
 *   <li>the first and the last name, whole, and each of their words of three letters or more
 *       ("Dupont" and "Lefèvre" for "Dupont-Lefèvre", "Goff" but not "Le" for "Le Goff"); a name of
 *       one letter is ignored;
 *   <li>the organisation, whole and without its legal form ("Acme Conseil" for "ACME Conseil
 *       SARL");
 *   <li>the e-mail address, whole, its part before the {@code @} and its domain;
 *   <li>each line or comma-separated part of the postal address, whole and without a leading number
 *       when at least two words remain ("rue des Lilas" for "12 rue des Lilas");
 *   <li>the telephone number, compared on digits: a text contains it when a run of digits in the
 *       text, written with any spaces, dots, hyphens, slashes, brackets or plus sign, holds the
 *       number's last eight digits (all its digits when it has fewer), whatever the prefix.
 * </ul>
 *
 * The check cannot know what else may identify someone (a client's name, a rare trade in a small
 * town, one word of a several-word organisation): the agent's review is still what the rule relies
 * on, and the summary is the agent's text, never the member's as typed.
 *
 * <p><b>The label.</b> "Member #" followed by six hexadecimal digits of an HMAC-SHA-256, keyed by a
 * secret of the deployment, of the request identifier. It is the same for every call about the same
 * request, differs between requests, and is derived neither from the member's identifier nor from
 * anything a recipient knows: two calls about two requests of the same member cannot be linked
 * through their labels, and without the key a label cannot be computed from a request identifier.
 * Labels are display names, not identifiers; two requests may share one.
 */
public final class AnonymityPolicy {

  /** The most characters of a reviewed summary. */
  public static final int SUMMARY_MAX = 1000;

  /** The fewest bytes of the label key. */
  public static final int LABEL_KEY_MIN_BYTES = 16;

  /** How the requester is shown, before the six hexadecimal digits. */
  public static final String LABEL_PREFIX = "Member #";

  private static final String LABEL_CONTEXT = "clubaide/network/request-label/v1/";
  private static final int SHA256_BLOCK = 64;

  private final byte[] labelKey;

  /**
   * @param labelKey the deployment's secret for labels, at least {@value #LABEL_KEY_MIN_BYTES}
   *     bytes; changing it changes every label
   */
  public AnonymityPolicy(byte[] labelKey) {
    Objects.requireNonNull(labelKey, "labelKey");
    if (labelKey.length < LABEL_KEY_MIN_BYTES) {
      throw new IllegalArgumentException(
          "The label key needs at least " + LABEL_KEY_MIN_BYTES + " bytes");
    }
    this.labelKey = labelKey.clone();
  }

  /**
   * The anonymous view of the request, for a call for help.
   *
   * @param request the request
   * @param requester the member who raised it, whose identifying fields the summary may not hold
   * @param reviewedSummary the summary of the problem the agent wrote or reviewed; required, at
   *     most {@value #SUMMARY_MAX} characters
   * @param wantedSkills the skills the agent chose, at most {@value MatchQuery#MAX_WANTED}
   * @throws RuleViolationException {@code R-NET-2} when the summary or a skill holds an identifying
   *     field of the requester, or the summary is missing or too long
   */
  public AnonymousRequestView anonymise(
      HelpRequest request, Member requester, String reviewedSummary, Set<SkillTag> wantedSkills) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requester, "requester");
    if (!request.requester().equals(requester.id())) {
      throw new IllegalArgumentException("The member given is not the request's requester");
    }
    String summary =
        requireText(
            reviewedSummary, SUMMARY_MAX, "R-NET-2", "reviewedSummary", "The reviewed summary");
    Set<SkillTag> skills = wantedSkills == null ? Set.of() : wantedSkills;
    require(
        skills.size() <= MatchQuery.MAX_WANTED,
        "R-NET-2",
        "wantedSkills",
        "Choose at most " + MatchQuery.MAX_WANTED + " skills (" + skills.size() + " given).");
    IdentifyingFields identifying = IdentifyingFields.of(requester);
    Optional<String> inSummary = identifying.foundIn(summary);
    if (inSummary.isPresent()) {
      throw new RuleViolationException(
          "R-NET-2",
          "reviewedSummary",
          "The summary contains the requester's "
              + inSummary.get()
              + ": remove it, since a call for help never says who asked.");
    }
    for (SkillTag skill : skills) {
      Optional<String> inSkill = identifying.foundIn(skill.value());
      if (inSkill.isPresent()) {
        throw new RuleViolationException(
            "R-NET-2",
            "wantedSkills",
            "A wanted skill contains the requester's "
                + inSkill.get()
                + ": remove it, since a call for help never says who asked.");
      }
    }
    return AnonymousRequestView.of(
        labelOf(request.id()), request.kinds(), request.neededBy(), skills, summary);
  }

  /** The anonymous label of the request's requester, for example {@code Member #7F3A0C}. */
  public String labelOf(RequestId request) {
    Objects.requireNonNull(request, "request");
    byte[] mac = hmacSha256(labelKey, (LABEL_CONTEXT + request).getBytes(StandardCharsets.UTF_8));
    return LABEL_PREFIX + HexFormat.of().withUpperCase().formatHex(mac, 0, 3);
  }

  /** HMAC-SHA-256 (RFC 2104) over {@link MessageDigest}, which every Java runtime provides. */
  static byte[] hmacSha256(byte[] key, byte[] message) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
    byte[] block =
        Arrays.copyOf(key.length > SHA256_BLOCK ? sha256.digest(key) : key, SHA256_BLOCK);
    byte[] inner = new byte[SHA256_BLOCK];
    byte[] outer = new byte[SHA256_BLOCK];
    for (int i = 0; i < SHA256_BLOCK; i++) {
      inner[i] = (byte) (block[i] ^ 0x36);
      outer[i] = (byte) (block[i] ^ 0x5c);
    }
    sha256.update(inner);
    byte[] innerHash = sha256.digest(message);
    sha256.update(outer);
    return sha256.digest(innerHash);
  }
}
