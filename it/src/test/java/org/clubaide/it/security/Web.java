package org.clubaide.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A small browser-like HTTP client for the security tests: it keeps cookies like a browser (one jar
 * per instance), sends any header, speaks HTTP or HTTPS (trusting the test server's self-signed
 * certificate), never follows redirects, and fills in Faces forms.
 */
final class Web {

  static final String HTTP =
      System.getProperty("clubaide.it.baseUrl", "http://localhost:9180");
  static final String HTTPS =
      System.getProperty("clubaide.it.httpsUrl", HTTP.replace("http://", "https://").replace(":9180", ":9543"));

  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> always = new LinkedHashMap<>();

  Web(String base) {
    this.base = base;
  }

  /** A client on plain HTTP. */
  static Web http() {
    return new Web(HTTP);
  }

  /** A client on HTTPS. */
  static Web https() {
    return new Web(HTTPS);
  }

  /** A client whose requests seem to come from {@code address} (X-Forwarded-For, trusted here). */
  Web from(String address) {
    always.put("X-Forwarded-For", address);
    return this;
  }

  /** Sends this header with every request. */
  Web always(String name, String value) {
    always.put(name, value);
    return this;
  }

  /** The cookie's value, if the client holds it. */
  String cookie(String name) {
    return cookies.get(name);
  }

  /** Forgets every cookie. */
  void clearCookies() {
    cookies.clear();
  }

  /** Puts a cookie in the jar, as an attacker replaying one would. */
  void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  /** An answer. */
  record Answer(int status, Map<String, List<String>> headers, String body) {

    /** The first value of a header, or null. */
    String header(String name) {
      List<String> values = headers(name);
      return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header, in the order they came. */
    List<String> headers(String name) {
      List<String> values =
          new ArrayList<>(
              headers.entrySet().stream()
                  .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                  .flatMap(e -> e.getValue().stream())
                  .toList());
      // HttpURLConnection lists a header's values last first.
      java.util.Collections.reverse(values);
      return values;
    }

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }

    /** The hidden inputs of the form with this id, by name. */
    Map<String, String> hiddenInputs(String formId) {
      int start = body.indexOf("<form id=\"" + formId + "\"");
      if (start < 0) {
        throw new AssertionError("no form " + formId + " in: " + body);
      }
      int end = body.indexOf("</form>", start);
      Map<String, String> inputs = new LinkedHashMap<>();
      Matcher m = HIDDEN.matcher(body.substring(start, end));
      while (m.find()) {
        Matcher name = NAME.matcher(m.group());
        Matcher value = VALUE.matcher(m.group());
        if (name.find()) {
          inputs.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
      }
      return inputs;
    }

    /** The action of the form with this id. */
    String formAction(String formId) {
      Matcher m =
          Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"")
              .matcher(body);
      if (!m.find()) {
        throw new AssertionError("no action for form " + formId + " in: " + body);
      }
      return unescape(m.group(1));
    }
  }

  Answer get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  Answer delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  Answer postJson(String path, String json, String... headers) {
    return send("POST", path, "application/json", json, headers);
  }

  Answer putJson(String path, String json, String... headers) {
    return send("PUT", path, "application/json", json, headers);
  }

  /** Posts a Faces form: its hidden inputs, then the given fields. */
  Answer submit(String path, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send("POST", path, "application/x-www-form-urlencoded", body, headers);
  }

  /**
   * Logs in through the login page as a browser would.
   *
   * @return the answer to the form's submission
   */
  Answer formLogin(String login, String password) {
    Answer page = get("/login.xhtml");
    if (page.status() != 200) {
      throw new AssertionError("login page: " + page.status());
    }
    Map<String, String> fields = new LinkedHashMap<>(page.hiddenInputs("login"));
    fields.put("login", "login");
    fields.put("username", login);
    fields.put("password", password);
    fields.put("login-submit", "Se connecter");
    return submit(page.formAction("login"), fields);
  }

  /** Basic credentials for a header list. */
  static String[] basic(String login, String password) {
    return new String[] {
      "Authorization",
      "Basic "
          + Base64.getEncoder()
              .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8))
    };
  }

  /** A bearer token for a header list. */
  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** Joins header lists. */
  static String[] with(String[]... lists) {
    List<String> all = new ArrayList<>();
    for (String[] list : lists) {
      all.addAll(List.of(list));
    }
    return all.toArray(String[]::new);
  }

  Answer send(String method, String path, String contentType, String body, String... headers) {
    try {
      URI uri = URI.create(path.startsWith("http") ? path : base + path);
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      if (c instanceof HttpsURLConnection https) {
        https.setSSLSocketFactory(TRUST_ALL.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
      }
      c.setInstanceFollowRedirects(false);
      c.setUseCaches(false);
      c.setConnectTimeout(10_000);
      c.setReadTimeout(120_000);
      c.setRequestMethod(method);
      c.setRequestProperty("Accept", "application/json, text/html;q=0.9, */*;q=0.1");
      always.forEach(c::setRequestProperty);
      for (int i = 0; i + 1 < headers.length; i += 2) {
        c.setRequestProperty(headers[i], headers[i + 1]);
      }
      if (!cookies.isEmpty()) {
        c.setRequestProperty(
            "Cookie",
            cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
      }
      if (body != null) {
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", contentType);
        try (OutputStream out = c.getOutputStream()) {
          out.write(body.getBytes(StandardCharsets.UTF_8));
        }
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      String text = in == null ? "" : read(in);
      Map<String, List<String>> responseHeaders = new LinkedHashMap<>(c.getHeaderFields());
      for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase("Set-Cookie")) {
          // HttpURLConnection lists a header's values last first: the last on the wire wins.
          List<String> inWireOrder = new ArrayList<>(e.getValue());
          java.util.Collections.reverse(inWireOrder);
          for (String set : inWireOrder) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
              cookies.remove(name);
            } else {
              cookies.put(name, value);
            }
          }
        }
      }
      c.disconnect();
      return new Answer(status, responseHeaders, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static String unescape(String html) {
    return html.replace("&#58;", ":")
        .replace("&#x3a;", ":")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static final SSLContext TRUST_ALL = trustAll();

  /** The test server's certificate is self-signed: these tests trust any. */
  private static SSLContext trustAll() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
