package org.clubaide.core.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the core compares what people type: lower case, no accents or other combining marks
 * ("Éloïse" and "eloise" are equal), ligatures spelt out ("œ" is "oe"). Skill tags, skill keys and
 * the anonymity policy all fold text this way, so that they agree on what is "the same word".
 */
public final class Folding {

  private Folding() {}

  /**
   * The text in lower case, without accents or other combining marks, ligatures spelt out.
   *
   * @param text any text
   * @return the folded text, of about the same length
   */
  public static String fold(String text) {
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
   * The text {@linkplain #fold folded}, with every run of spaces made one space and none at either
   * end: "  Droit   SOCIAL " gives "droit social".
   *
   * @param text any text
   * @return the folded text with its spaces collapsed
   */
  public static String foldCollapsingSpaces(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
