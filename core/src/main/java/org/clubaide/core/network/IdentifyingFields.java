package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;

/**
 * What identifies a member in free text, and the test of whether a text contains any of it
 * (R-NET-2). The exact rule is written in the documentation of {@link AnonymityPolicy}.
 */
final class IdentifyingFields {

  /** Phone numbers compare on this many final digits, which survive any country prefix. */
  static final int PHONE_DIGITS = 8;

  /** Legal forms that may open or close an organisation's name, and that a summary may drop. */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop", "ei", "eirl", "ltd", "llc",
          "inc", "gmbh", "plc", "bv", "nv", "srl", "spa", "ag", "co", "cie");

  private final List<Phrase> phrases;
  private final String phoneDigits;

  private IdentifyingFields(List<Phrase> phrases, String phoneDigits) {
    this.phrases = List.copyOf(phrases);
    this.phoneDigits = phoneDigits;
  }

  /** The identifying fields of the member's identity and contact details. */
  static IdentifyingFields of(Member member) {
    Identity identity = member.identity();
    ContactDetails contact = member.contact();
    List<Phrase> phrases = new ArrayList<>();
    addName(phrases, "first name", identity.firstName());
    addName(phrases, "last name", identity.lastName());
    identity.organisation().ifPresent(o -> addOrganisation(phrases, o));
    String email = contact.email();
    add(phrases, "e-mail address", email);
    int at = email.indexOf('@');
    if (at > 0) {
      add(phrases, "e-mail address", email.substring(0, at));
      add(phrases, "e-mail address", email.substring(at + 1));
    }
    for (String part : contact.postalAddress().split("[\\r\\n,;]+")) {
      addAddressPart(phrases, part);
    }
    StringBuilder digits = new StringBuilder();
    for (char c : contact.phone().toCharArray()) {
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    // Fewer than four digits cannot be told from any other number in a text.
    String tail =
        digits.length() < 4 ? "" : digits.substring(Math.max(0, digits.length() - PHONE_DIGITS));
    return new IdentifyingFields(phrases, tail);
  }

  /**
   * The kind of the first identifying field found in the text ("last name", "telephone number"), or
   * empty when the text contains none.
   */
  Optional<String> foundIn(String text) {
    List<String> words = TextFolding.words(text);
    for (Phrase phrase : phrases) {
      if (containsInOrder(words, phrase.words())) {
        return Optional.of(phrase.kind());
      }
    }
    if (!phoneDigits.isEmpty()) {
      for (String run : TextFolding.digitRuns(text)) {
        if (run.contains(phoneDigits)) {
          return Optional.of("telephone number");
        }
      }
    }
    return Optional.empty();
  }

  private static void addName(List<Phrase> phrases, String kind, String name) {
    List<String> words = TextFolding.words(name);
    int letters = 0;
    for (String word : words) {
      letters += word.length();
    }
    // A one-letter name ("A.") identifies nobody and would match every article.
    if (letters < 2) {
      return;
    }
    add(phrases, kind, words);
    if (words.size() > 1) {
      for (String word : words) {
        if (word.length() >= 3) {
          add(phrases, kind, List.of(word));
        }
      }
    }
  }

  private static void addOrganisation(List<Phrase> phrases, String organisation) {
    List<String> words = TextFolding.words(organisation);
    add(phrases, "organisation", words);
    int first = 0;
    int end = words.size();
    while (first < end && LEGAL_FORMS.contains(words.get(first))) {
      first++;
    }
    while (end > first && LEGAL_FORMS.contains(words.get(end - 1))) {
      end--;
    }
    if (end - first < words.size()) {
      add(phrases, "organisation", words.subList(first, end));
    }
  }

  private static void addAddressPart(List<Phrase> phrases, String part) {
    List<String> words = TextFolding.words(part);
    add(phrases, "postal address", words);
    int first = 0;
    while (first < words.size() && isNumber(words.get(first))) {
      first++;
    }
    if (first > 0 && words.size() - first >= 2) {
      add(phrases, "postal address", words.subList(first, words.size()));
    }
  }

  private static boolean isNumber(String word) {
    return Character.isDigit(word.charAt(0));
  }

  private static void add(List<Phrase> phrases, String kind, String text) {
    add(phrases, kind, TextFolding.words(text));
  }

  private static void add(List<Phrase> phrases, String kind, List<String> words) {
    if (!words.isEmpty()) {
      phrases.add(new Phrase(kind, words.toArray(new String[0])));
    }
  }

  private static boolean containsInOrder(List<String> text, String[] phrase) {
    int last = text.size() - phrase.length;
    for (int start = 0; start <= last; start++) {
      int i = 0;
      while (i < phrase.length && text.get(start + i).equals(phrase[i])) {
        i++;
      }
      if (i == phrase.length) {
        return true;
      }
    }
    return false;
  }

  private record Phrase(String kind, String[] words) {}
}
