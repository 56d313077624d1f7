package org.clubaide.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A Liberty server of the test's own, running the real EAR as a separate process, so that a test
 * can kill it abruptly (SIGKILL) and start it again.
 */
public final class LibertyProcess {

  private final Path wlp;
  private final String name;
  private final int httpPort;
  private final Path serverDir;

  public LibertyProcess(Path wlp, String name, int httpPort) {
    this.wlp = wlp;
    this.name = name;
    this.httpPort = httpPort;
    this.serverDir = wlp.resolve("usr/servers").resolve(name);
  }

  /** Creates the server afresh with Club Aide's configuration, the EAR and these variables. */
  public void create(Path configDir, Path ear, Map<String, String> variables) {
    try {
      // A JVM left over from an interrupted earlier run would hold the ports and the database.
      running().ifPresent(LibertyProcess::killAndWait);
      deleteRecursively(serverDir);
      run(List.of(wlp.resolve("bin/server").toString(), "create", name), Duration.ofMinutes(2));
      for (String file : List.of("clubaide.xml", "db-h2.xml", "db-postgresql.xml", "notifications.xml", "jvm.options")) {
        Files.copy(configDir.resolve(file), serverDir.resolve(file),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Files.writeString(
          serverDir.resolve("server.xml"),
          "<server>\n  <include location=\"${server.config.dir}/clubaide.xml\"/>\n"
              + "  <enterpriseApplication id=\"clubaide\" name=\"clubaide\" location=\"clubaide.ear\"/>\n"
              + "</server>\n",
          StandardCharsets.UTF_8);
      Files.createDirectories(serverDir.resolve("apps"));
      Files.copy(ear, serverDir.resolve("apps/clubaide.ear"), StandardCopyOption.REPLACE_EXISTING);
      StringBuilder bootstrap = new StringBuilder();
      bootstrap.append("http.port=").append(httpPort).append('\n');
      bootstrap.append("https.port=").append(httpPort + 363).append('\n');
      variables.forEach((k, v) -> bootstrap.append(k).append('=').append(v).append('\n'));
      Files.writeString(serverDir.resolve("bootstrap.properties"), bootstrap.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server and waits until the application answers ready. */
  public void start() {
    run(List.of(wlp.resolve("bin/server").toString(), "start", name), Duration.ofMinutes(4));
    waitUntilReady(Duration.ofMinutes(4));
  }

  /** Kills the server's JVM with SIGKILL: no shutdown hook, no flush, like a power cut of the process. */
  void kill() {
    killAndWait(
        running().orElseThrow(() -> new IllegalStateException("No running JVM for server " + name)));
  }

  private Optional<ProcessHandle> running() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(this::isOurs).orElse(false))
        .findFirst();
  }

  private static void killAndWait(ProcessHandle jvm) {
    jvm.destroyForcibly();
    jvm.onExit().join();
  }

  /** Stops the server cleanly, if it runs. */
  public void stop() {
    run(List.of(wlp.resolve("bin/server").toString(), "stop", name), Duration.ofMinutes(2));
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  Path log() {
    return serverDir.resolve("logs/messages.log");
  }

  private boolean isOurs(String commandLine) {
    return commandLine.contains("ws-server.jar") && commandLine.contains(" " + name)
        && commandLine.contains(wlp.toString());
  }

  private void waitUntilReady(Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      // Poll interval while the server starts (not a timing assumption: the deadline bounds it).
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IllegalStateException(name + " did not become ready; see " + log());
  }

  private static void run(List<String> command, Duration timeout) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("Timed out: " + command);
      }
      int exit = p.exitValue();
      // "server stop" answers 1 when the server was not running; anything else is a failure.
      if (exit != 0 && !(command.contains("stop") && exit == 1)) {
        throw new IllegalStateException(command + " exited " + exit + ":\n" + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
