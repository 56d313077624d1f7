package org.clubaide.core.network;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds text for comparison: lower case, no accents ("Éloïse" and "eloise" are equal), ligatures
 * spelt out ("œ" is "oe"). Shared by skill tags and the anonymity policy so that both compare text
 * the same way.
 */
final class TextFolding {

  private TextFolding() {}

  /** The text in lower case, without accents or other combining marks, ligatures spelt out. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder spelt = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'œ' -> spelt.append("oe");
        case 'æ' -> spelt.append("ae");
        case 'ß' -> spelt.append("ss");
        case 'ø' -> spelt.append('o');
        case 'đ' -> spelt.append('d');
        case 'ł' -> spelt.append('l');
        default -> spelt.append(c);
      }
    }
    String decomposed = Normalizer.normalize(spelt, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The words of the text, folded: the maximal runs of letters and digits. "Jean-Pierre
   * DUPONT@acme.fr" gives {@code [jean, pierre, dupont, acme, fr]}.
   */
  static List<String> words(String text) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); i++) {
      boolean inWord = Character.isLetterOrDigit(folded.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /**
   * The runs of digits of the text, where digits separated only by spaces, dots, hyphens, slashes,
   * brackets or a plus sign count as one run: "06.12 34-56 78" gives {@code [0612345678]}.
   */
  static List<String> digitRuns(String text) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        run.append(c);
      } else if (!isPhoneSeparator(c) && run.length() > 0) {
        runs.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return runs;
  }

  private static boolean isPhoneSeparator(char c) {
    return c == ' '
        || c == '.'
        || c == '-'
        || c == '/'
        || c == '('
        || c == ')'
        || c == '+'
        || c == '\u00a0';
  }
}
