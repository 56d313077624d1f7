package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.List;
import org.clubaide.core.shared.Folding;

/**
 * Folds text for comparison: lower case, no accents ("Éloïse" and "eloise" are equal), ligatures
 * spelt out ("œ" is "oe"). Shared by skill tags and the anonymity policy so that both compare text
 * the same way.
 */
final class TextFolding {

  private TextFolding() {}

  /** The text in lower case, without accents or other combining marks, ligatures spelt out. */
  static String fold(String text) {
    return Folding.fold(text);
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
