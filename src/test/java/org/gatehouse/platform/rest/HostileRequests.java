package org.gatehouse.platform.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded generator of malformed requests for one route each. Probe {@code i} of a seed is always the same
 * request (its own {@link Random} is derived from the seed and {@code i}), so a failure replays with the
 * seed alone whatever the order the parallel clients sent the probes in.
 *
 * <p>No generated input contains a Java package or class-name fragment ({@code java.}, {@code Exception},
 * ...), so a body that echoes an input never looks like a leaked stack trace.
 */
final class HostileRequests {

    /** Who sends a probe: nobody, the caller's valid credential for the route, or a forged one. */
    enum Credential { NONE, VALID, FORGED }

    /** One request. {@code body} null: none; {@code contentType} null: no Content-Type header. */
    record Probe(int index, String route, String kind, String method, String path, String contentType, byte[] body,
                 Map<String, String> headers, Credential credential, boolean traverses) {

        String bodySnippet() {
            if (body == null) {
                return "(no body)";
            }
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return (body.length > 160 ? text + "... (" + body.length + " bytes)" : text)
                    .replaceAll("\\p{Cntrl}", "\u00b7");
        }

        @Override
        public String toString() {
            String shownPath = path.length() > 200 ? path.substring(0, 200) + "... (" + path.length() + " chars)" : path;
            return "#" + index + " " + kind + " as " + credential + ": " + method + " " + shownPath
                    + (contentType == null ? "" : " [" + contentType + "]") + (headers.isEmpty() ? "" : " " + headers.keySet())
                    + " body " + bodySnippet();
        }
    }

    /** Field names of the contract and of the resources (read off their sources), every one tried with every kind of value. */
    static final List<String> FIELDS = List.of("username", "password", "role", "suspended", "name", "slug",
            "workspaceIds", "userIds", "token", "recoveryCodes", "newPassword", "confirmPassword", "bio",
            "dailyMessageLimit", "offset", "limit", "usePassword", "defaultSystemPrompt", "expiresAt", "id", "userId",
            "workspaceId", "text", "url", "action", "reset", "done", "icon", "ip", "database_id", "value", "label",
            "labels", "event", "type", "from", "to", "format", "chatType", "code", "key", "secret", "settings",
            "users", "support_email", "custom_app_name", "footer_data", "meta_page_title", "prompt", "resetToken",
            "DisableTelemetry", "AuthToken", "JWTSecret", "SupportEmail", "MultiUserMode", "LLMProvider",
            "OpenAiKey", "VectorDB", "openAiTemp", "openAiHistory", "similarityThreshold", "topN", "chatMode",
            "queryRefusalResponse", "sort", "dir", "include", "before", "after", "retention", "document", "docpath",
            "workspaceSlug", "pfpFilename", "__proto__", "constructor", "");

    private static final List<String> QUERY_KEYS = List.of("chatType", "event", "format", "from", "labels", "to",
            "token", "type", "userId", "offset", "limit", "id", "slug", "page", "sort");

    /** Path and query values, already in URI syntax. */
    private static final List<String> PATH_VALUES = List.of("-1", "0", "-0", "-2147483649", "2147483648",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999", "1e3", "1E400",
            "0x1F", "1.5", "NaN", "Infinity", "%201", "1%20", "1%00", "%00", "abc", "null", "undefined", "true",
            "%5B%5D", "%7B%7D", "..", "%2e%2e", "%2E%2E%2F%2E%2E%2Fconsole", "..%2F..%2F..%2Fetc%2Fpasswd",
            "..%252F..%252F", "%252e%252e", "....%2F%2F", "%2F", "%5C..%5C..%5C", "..;", "x;jsessionid=1",
            "%C0%AE%C0%AE", "%EF%BC%8E%EF%BC%8E", "%F0%9F%98%80", "%E2%80%AEnimda", "%ED%A0%80", "%FF%FE",
            "%0D%0AX-Injected:%201", "%C3%28", "%25", "*", "~", "$", "'%20OR%201=1--", "%3Cscript%3E", "%7B%7B7*7%7D%7D",
            "a".repeat(256), "9".repeat(4000), "%41".repeat(1500), "%E2%80%8B", "%EF%BB%BF1");

    private static final List<String> FORGED_TOKENS = List.of("Bearer ", "Bearer null", "Bearer undefined",
            "Bearer " + "x".repeat(6000), "Basic YWRtaW46YWRtaW4=", "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpZCI6MX0.",
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6LTEsImV4cCI6MWUxMDAwfQ.x", "Bearer brx-0000000-0000000-0000000-0000000",
            "Bearer ../../../etc/passwd", "Bearer %00", "Bearer a.b.c.d.e", "Bearer ...", "bearer", "Token 1",
            "Bearer eyJ", "Bearer " + "eyJ".repeat(40) + ".." + "=");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-16",
            "application/json; charset=bogus-charset", "text/plain;charset=UTF-8", "text/plain; charset=\"",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
            "multipart/form-data; boundary=x", "application/xml", "text/xml", "application/octet-stream", "*/*",
            "garbage", "application/json;;;", "image/png", "text/html", "application/json; charset=ISO-8859-1",
            "application/merge-patch+json", "a/b/c");

    private static final List<String> ODD_METHODS = List.of("PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO",
            "MKCOL", "GET", "POST", "PUT", "DELETE", "LOCK", "get");

    /** JSON values of every type, as JSON text. */
    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "-0", "1e308",
            "-1e308", "1e-400", "1E400", "2147483648", "-2147483649", "9223372036854775808", "1" + "0".repeat(40),
            "0.1e1", "1", "\"\"", "\" \"", "\"1\"", "\"true\"", "\"null\"", "\"12abc\"", "\"-1\"", "\"admin\"",
            "\"default\"", "\"manager\"", "\"ADMIN\"", "[]", "[1,\"a\",null]", "[[]]", "[{}]", "{}", "{\"$gt\":\"\"}",
            "[2147483648,-1,0]", "[\"1\",\"x\"]", "{\"id\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
            "\"\\u202e\"", "\"\\ud83d\\ude00\"", "\"\u202eevil\"", "\"\ud83d\ude00\"", "\"\\uffff\"", "\"\\ufeff\"",
            "\"a\\u0000b\"", "\"\\r\\nX: y\"", "\"../../../etc/passwd\"", "\"..\\\\..\\\\win.ini\"", "\"%2e%2e%2f\"",
            "\"/etc/passwd\"", "\"file:///etc/passwd\"", "\"\\\\\\\\server\\\\share\"", "\"' OR 1=1 --\"",
            "\"<script>alert(1)</script>\"", "\"${jndi:ldap://127.0.0.1/a}\"", "\"%s%n%x\"", "\"{{7*7}}\"",
            "\"2026-13-45T99:99:99Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"+1000000000-01-01\"", "\"1e9\"",
            "\"NaN\"", "\"Infinity\"", "\"" + "x".repeat(300) + "\"", "\"" + "\u00e9".repeat(200) + "\"",
            "\"" + "\\u0000".repeat(100) + "\"", "{\"__proto__\":{\"admin\":true}}", "\"a\\tb\\bc\\fd\"",
            "\"\u0627\u0644\u0639\u0631\u0628\u064a\u0629\"", "\"\u0301\u0301\u0301\"", "\"\u00a0\"",
            "\"\u2028\u2029\"");

    private static final List<String> BROKEN_JSON = List.of("{", "}", "[", "]", "{\"a\":", "{\"username\":\"x\"",
            "nul", "{'a':1}", "{a:1}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated", "{\"a\":1}{\"b\":2}",
            "{\"a\":1} trailing", "\ufeff{\"a\":1}", "/*c*/{}", "{}//", "[1,2]", "\"text\"", "42", "true", "null",
            "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":[1,2}", "{\"a\":{\"b\":}}", "{:1}", "{\"\\ud800\":1}",
            "{\"a\":\"\t\"}", "{\"a\":\"\u0000\"}", "{\"a\":\"\u0001\u001f\"}", "{\"a\":tru}", "{\"a\":-}",
            "{\"a\":1e}", "{\"a\":1.}", "{\"a\":--1}", "{\"a\":0x10}", "{\"a\":\"\\", "{ \"a\" : 1 ", "\u0000",
            "{\"a\":1}\u0000", "{\"username\":\"admin\",\"password\":}", "{\"x\":[[[[[[[[[[", "<xml/>",
            "username=admin&password=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--");

    /** Raw byte sequences that are not UTF-8, or are forbidden forms of it. */
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {0});

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    private final long seed;
    private final Map<String, List<String>> knownValues;

    /**
     * @param knownValues per path template name ({@code id}, {@code slug}, {@code code}), values of real rows, so
     *                    some probes reach the code behind the lookup (raw, not yet URI-encoded)
     */
    HostileRequests(long seed, Map<String, List<String>> knownValues) {
        this.seed = seed;
        this.knownValues = knownValues;
    }

    /** Probe {@code index} for this route ("VERB /api/path/{template}"), sent with this credential. */
    Probe probe(int index, String route, Credential credential) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        String verb = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        boolean[] traverses = {false};
        StringBuilder path = new StringBuilder();
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(pathValue(random, m.group(1), traverses)));
        }
        m.appendTail(path);
        if (random.nextInt(6) == 0) {
            path.append(random.nextBoolean() ? "/" : random.nextBoolean() ? "/.." : "/%2e%2e/" + pick(random, PATH_VALUES));
            traverses[0] = true;
        }
        if (random.nextInt(4) == 0) {
            path.append(query(random));
        }
        String method = random.nextInt(10) == 0 ? pick(random, ODD_METHODS) : verb;
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.nextInt(5) == 0) {
            hostileHeader(random, headers);
        }
        String contentType = "text/plain;charset=UTF-8";
        byte[] body;
        String kind;
        boolean upload = template.endsWith("/upload-logo") || template.endsWith("/upload-pfp");
        int choice = random.nextInt(upload ? 14 : 12);
        switch (choice) {
            case 0 -> {
                kind = "no-body";
                body = null;
                contentType = random.nextBoolean() ? null : contentType;
            }
            case 1 -> {
                kind = "broken-json";
                body = utf8(pick(random, BROKEN_JSON));
            }
            case 2 -> {
                kind = "deep-nesting";
                body = utf8(nested(random));
            }
            case 3 -> {
                kind = "huge-string";
                body = utf8(object(random, 0, hugeString(random)));
            }
            case 4 -> {
                kind = "huge-body";
                body = hugeBody(random);
            }
            case 5 -> {
                kind = "bad-utf8";
                body = badUtf8(random);
            }
            case 6 -> {
                kind = "duplicate-keys";
                String field = pick(random, FIELDS);
                body = utf8("{" + quote(field) + ":" + pick(random, VALUES) + "," + quote(field) + ":"
                        + pick(random, VALUES) + "," + quote(field) + ":" + pick(random, VALUES) + "}");
            }
            case 7 -> {
                kind = "odd-content-type";
                contentType = pick(random, CONTENT_TYPES);
                body = utf8(random.nextBoolean() ? object(random, 1 + random.nextInt(4), null) : pick(random, BROKEN_JSON));
            }
            case 8 -> {
                kind = "huge-number";
                String digits = "9".repeat(300 + random.nextInt(5000));
                String number = switch (random.nextInt(4)) {
                    case 0 -> digits;
                    case 1 -> "-" + digits + "." + digits;
                    case 2 -> "1e" + (random.nextBoolean() ? "" : "-") + "9".repeat(1 + random.nextInt(12));
                    default -> "0." + "0".repeat(2000) + "1";
                };
                body = utf8("{" + quote(pick(random, FIELDS)) + ":" + number + "}");
            }
            case 12, 13 -> {
                kind = "multipart";
                String[] multipart = multipart(random);
                contentType = multipart[0];
                body = multipart[1].getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> {
                kind = "wrong-types";
                body = utf8(object(random, 1 + random.nextInt(7), null));
            }
        }
        if (traverses[0]) {
            kind = kind + "+traversal";
        }
        if (method.equals("TRACE")) {
            // A TRACE carries no content (RFC 9110 9.3.8): the container reads none, so a body's bytes would
            // reach the socket unread and the close after the 405 resets the connection under the answer.
            // HostileInputFindingsIT sends a TRACE with a body on a kept connection to check the close.
            body = null;
        }
        return new Probe(index, route, kind, method, path.toString(), body == null && contentType != null
                && random.nextBoolean() ? null : contentType, body, Map.copyOf(headers),
                credential == Credential.NONE && random.nextInt(3) == 0 ? Credential.FORGED : credential, traverses[0]);
    }

    /** A forged Authorization header value for this probe. */
    String forgedToken(Probe probe) {
        return FORGED_TOKENS.get(Math.floorMod(probe.index() * 31 + (int) seed, FORGED_TOKENS.size()));
    }

    private String pathValue(Random random, String name, boolean[] traverses) {
        if (name.equals("ingestion") && random.nextInt(3) == 0) {
            return random.nextBoolean() ? "embed-content" : "upload-link";
        }
        List<String> known = knownValues.getOrDefault(name, List.of());
        if (!known.isEmpty() && random.nextInt(3) == 0) {
            String value = java.net.URLEncoder.encode(pick(random, known), StandardCharsets.UTF_8).replace("+", "%20");
            return random.nextInt(4) == 0 ? value + pick(random, List.of("%00", "%20", "/", ".json", ";x=1", "%2F..")) : value;
        }
        String value = pick(random, PATH_VALUES);
        if (value.contains("..") || value.contains("%2e") || value.contains("%2E") || value.contains("%2F")
                || value.contains("%5C") || value.contains("%C0") || value.contains("%EF%BC")) {
            traverses[0] = true;
        }
        return value;
    }

    private String query(Random random) {
        StringBuilder query = new StringBuilder("?");
        int pairs = 1 + random.nextInt(4);
        for (int i = 0; i < pairs; i++) {
            if (i > 0) {
                query.append('&');
            }
            String key = pick(random, QUERY_KEYS);
            query.append(key);
            if (random.nextInt(8) != 0) {
                query.append('=').append(pick(random, PATH_VALUES));
            }
            if (random.nextInt(6) == 0) {
                query.append('&').append(key).append('=').append(pick(random, PATH_VALUES));
            }
        }
        return query.toString();
    }

    private void hostileHeader(Random random, Map<String, String> headers) {
        switch (random.nextInt(9)) {
            case 0 -> headers.put("X-Forwarded-For", pick(random, List.of("1.1.1.1, garbage", "::::", "999.999.999.999",
                    "", "unknown", "127.0.0.1, " + "10.0.0.1, ".repeat(400), "[::1]:99999", "%00", "1.1.1.1\t2.2.2.2")));
            case 1 -> headers.put("Origin", pick(random, List.of("null", "http://evil.example", "file://", "x", "http://localhost:1")));
            case 2 -> headers.put("Accept", pick(random, List.of("application/xml", "text/html", "*/*;q=abc", "image/png",
                    "application/json;q=0", "garbage", "text/*, application/*;q=2")));
            case 3 -> headers.put("Accept-Language", pick(random, List.of("xx-YY-ZZ-1234567890", "*;q=-1", ";;;", "en".repeat(500))));
            case 4 -> headers.put("Cookie", pick(random, List.of("gatehouse_session=garbage", "gatehouse_session=",
                    "JSESSIONID=../../x", "a=" + "b".repeat(4000), "gatehouse_session=%00; gatehouse_session=1")));
            case 5 -> headers.put("Content-Encoding", pick(random, List.of("gzip", "deflate", "br", "identity, gzip", "x")));
            case 6 -> headers.put("Range", pick(random, List.of("bytes=garbage", "bytes=999999999999-", "bytes=-0")));
            case 7 -> headers.put("If-Modified-Since", pick(random, List.of("garbage", "Thu, 99 Zzz 99999 99:99:99 GMT")));
            default -> headers.put("X-Http-Method-Override", pick(random, ODD_METHODS));
        }
    }

    private String object(Random random, int fields, String hugeValue) {
        StringBuilder json = new StringBuilder("{");
        if (hugeValue != null) {
            json.append(quote(pick(random, FIELDS))).append(":\"").append(hugeValue).append('"');
        }
        for (int i = 0; i < fields; i++) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(pick(random, FIELDS))).append(':').append(value(random, 0));
        }
        return json.append('}').toString();
    }

    private String value(Random random, int depth) {
        if (depth < 3 && random.nextInt(8) == 0) {
            StringBuilder array = new StringBuilder("[");
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                array.append(i == 0 ? "" : ",").append(value(random, depth + 1));
            }
            return array.append(']').toString();
        }
        if (depth < 3 && random.nextInt(10) == 0) {
            return object(random, random.nextInt(3), null);
        }
        return pick(random, VALUES);
    }

    private String nested(Random random) {
        int depth = pick(random, List.of(64, 500, 999, 1000, 1001, 2000, 5000, 50000));
        boolean arrays = random.nextBoolean();
        boolean closed = random.nextInt(3) != 0;
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        StringBuilder json = new StringBuilder(depth * open.length() * 2 + 40);
        boolean inField = random.nextBoolean();
        if (inField) {
            json.append("{").append(quote(pick(random, FIELDS))).append(':');
        }
        json.append(open.repeat(depth)).append(arrays ? "1" : "1");
        if (closed) {
            json.append(close.repeat(depth));
            if (inField) {
                json.append('}');
            }
        }
        return json.toString();
    }

    private String hugeString(Random random) {
        int length = random.nextInt(10) == 0 ? 1_000_000 + random.nextInt(1_000_000) : 1_000 + random.nextInt(100_000);
        String unit = pick(random, List.of("a", "\\u0000", "\u00e9", "\ud83d\ude00", "\\ud800", "\u202e", " ", "\\\"", "%2e%2e/"));
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private byte[] hugeBody(Random random) {
        int target = random.nextInt(8) == 0 ? 2_000_000 + random.nextInt(1_000_000) : 20_000 + random.nextInt(200_000);
        StringBuilder json = new StringBuilder(target + 64);
        switch (random.nextInt(4)) {
            case 0 -> {
                json.append("{\"userIds\":[");
                for (int i = 0; json.length() < target; i++) {
                    json.append(i == 0 ? "" : ",").append(i % 7 == 0 ? -i : i);
                }
                json.append("]}");
            }
            case 1 -> {
                json.append('{');
                for (int i = 0; json.length() < target; i++) {
                    json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                json.append('}');
            }
            case 2 -> json.append(" ".repeat(target)).append("{}");
            default -> {
                json.append("{\"workspaceIds\":[");
                for (int i = 0; json.length() < target; i++) {
                    json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"slug\":\"s").append(i).append("\"}");
                }
                json.append("]}");
            }
        }
        return utf8(json.toString());
    }

    private byte[] badUtf8(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{" + quote(pick(random, FIELDS)) + ":\"x"));
        out.writeBytes(BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
        out.writeBytes(utf8("y\"," + quote(pick(random, FIELDS)) + ":\""));
        out.writeBytes(BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    /** {content type, body as ISO-8859-1 text (bytes kept as they are)}. */
    private String[] multipart(Random random) {
        String boundary = "----hostile" + random.nextInt(1000);
        String field = pick(random, List.of("file", "logo", "", "x", "file\"; filename=\"a", "\u00e9"));
        String filename = pick(random, List.of("x.png", "../../../../etc/passwd", "..%2f..%2fx.png", "", "a\u0000.png",
                "x".repeat(300) + ".png", "C:\\x.png", "x.svg", ".png", "x.png.jsp", "\u202egnp.exe"));
        String type = pick(random, List.of("image/png", "text/html", "image/svg+xml", "", "garbage", "image/png; charset=x"));
        String content = pick(random, List.of("", "\u0089PNG\r\n\u001a\n", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u00ff\u00ff\u00ff\u00ff",
                "<svg onload=alert(1)/>", "\u00ff".repeat(random.nextInt(10) == 0 ? 2_000_000 : 5000), "GIF89a"));
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n";
        String body = switch (random.nextInt(5)) {
            case 0 -> part; // no closing boundary
            case 1 -> part + "--" + boundary + "--\r\n";
            case 2 -> part + part + "--" + boundary + "--\r\n";
            case 3 -> "--other\r\n\r\n" + content;
            default -> part.replace("\r\n", "\n") + "--" + boundary + "--";
        };
        String contentType = pick(random, List.of("multipart/form-data; boundary=" + boundary, "multipart/form-data",
                "multipart/form-data; boundary=", "multipart/form-data; boundary=wrong", "multipart/mixed; boundary=" + boundary,
                "multipart/form-data; boundary=" + boundary + "; charset=bogus"));
        return new String[] {contentType, new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)};
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Every field name and value list, for the plain test that checks no input looks like a class name. */
    static List<String> everyInputFragment() {
        List<String> all = new ArrayList<>(FIELDS);
        all.addAll(QUERY_KEYS);
        all.addAll(PATH_VALUES);
        all.addAll(FORGED_TOKENS);
        all.addAll(CONTENT_TYPES);
        all.addAll(VALUES);
        all.addAll(BROKEN_JSON);
        return all;
    }
}
