package org.clubaide.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedding guide's example compiles, runs, and is the code the guide shows. */
class HelpDeskExampleTest {

  @Test
  @DisplayName("a program embedding the core alone takes a request from submission to closure")
  void runs() {
    assertEquals(List.of("Submitted", "Accepted", "SolutionProposed", "Closed"), HelpDeskExample.run());
  }

  @Test
  @DisplayName("docs/embedding.md shows exactly the example that runs here")
  void guideShowsThisCode() throws IOException {
    String guide = Files.readString(Path.of("../docs/embedding.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            Path.of("src/test/java/org/clubaide/example/HelpDeskExample.java"),
            StandardCharsets.UTF_8);
    assertTrue(guide.contains(source.strip()), "docs/embedding.md must include HelpDeskExample.java verbatim");
  }
}
